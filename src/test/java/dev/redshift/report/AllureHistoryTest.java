package dev.redshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History carried between Allure reports, verdict changes, categories and the Environment panel. */
class AllureHistoryTest {

    @TempDir
    Path dir;

    private static final String HISTORY = """
            {"h-pass":{"statistic":{"passed":1,"total":1},"items":[
               {"uid":"a","status":"passed","time":{"start":100,"stop":200,"duration":100}}]},
             "h-fail":{"statistic":{"failed":2,"total":2},"items":[
               {"uid":"b","status":"failed","statusDetails":"x exceeds y","time":{"start":100,"stop":200,"duration":100}},
               {"uid":"c","status":"passed","time":{"start":50,"stop":60,"duration":10}}]},
             "h-inc":{"statistic":{"skipped":1,"total":1},"items":[
               {"uid":"d","status":"skipped","statusDetails":"INCONCLUSIVE: undecided","time":{"start":100,"stop":200}}]}}
            """;

    private static String result(String name, String historyId, String status, String message) {
        return "{\"uuid\":\"" + name + "\",\"historyId\":\"" + historyId + "\",\"name\":\"" + name
                + "\",\"status\":\"" + status + "\",\"statusDetails\":{\"message\":\"" + message + "\"},"
                + "\"labels\":[{\"name\":\"suite\",\"value\":\"s\"}]}";
    }

    private Path singleFileReport() throws Exception {
        Path report = Files.createDirectories(dir.resolve("allure-report"));
        String embedded = "d('history/history.json','" + Base64.getEncoder().encodeToString(
                HISTORY.getBytes(StandardCharsets.UTF_8)) + "')\n"
                + "d('history/history-trend.json','" + Base64.getEncoder().encodeToString(
                        "[{\"data\":{\"passed\":1}}]".getBytes(StandardCharsets.UTF_8)) + "')\n"
                + "d('data/suites.json','e30=')\n";
        Files.writeString(report.resolve("index.html"), "<html><script>" + embedded + "</script></html>");
        return report;
    }

    @Test
    void theHistoryEmbeddedInASingleFileReportIsCarriedIntoTheNextResults() throws Exception {
        Path results = Files.createDirectories(dir.resolve("allure-results"));
        assertThat(AllureHistory.carryOver(singleFileReport(), results)).isEqualTo(2);
        assertThat(results.resolve("history/history.json")).hasContent(HISTORY);
        assertThat(results.resolve("history/history-trend.json")).hasContent("[{\"data\":{\"passed\":1}}]");
        assertThat(results.resolve("history/suites.json")).doesNotExist();
        assertThat(results.resolve("data")).doesNotExist();
    }

    @Test
    void aHistoryFolderIsCopiedAsItIs() throws Exception {
        Path report = Files.createDirectories(dir.resolve("allure-report/history"));
        Files.writeString(report.resolve("history.json"), HISTORY);
        Path results = dir.resolve("allure-results");
        assertThat(AllureHistory.carryOver(dir.resolve("allure-report"), results)).isEqualTo(1);
        assertThat(results.resolve("history/history.json")).hasContent(HISTORY);
    }

    @Test
    void noPreviousReportCarriesNothingAndFlagsNothing() throws Exception {
        Path results = Files.createDirectories(dir.resolve("allure-results"));
        Files.writeString(results.resolve("1-result.json"), result("c1", "h-pass", "failed", "m"));
        assertThat(AllureHistory.carryOver(dir.resolve("none"), results)).isZero();
        assertThat(AllureHistory.markChanges(results)).isEmpty();
    }

    @Test
    void aClaimWhoseVerdictDiffersFromItsNewestHistoryItemIsTaggedAndListed() throws Exception {
        Path results = Files.createDirectories(dir.resolve("allure-results"));
        AllureHistory.carryOver(singleFileReport(), results);
        Files.writeString(results.resolve("1-result.json"), result("now fails", "h-pass", "failed", "x below y"));
        Files.writeString(results.resolve("2-result.json"), result("still fails", "h-fail", "failed", "x below y"));
        Files.writeString(results.resolve("3-result.json"), result("now decided", "h-inc", "passed", ""));
        Files.writeString(results.resolve("4-result.json"), result("new claim", "h-new", "passed", ""));
        Files.writeString(results.resolve("5-result.json"), result("inconclusive as failure", "h-fail", "failed",
                "INCONCLUSIVE: not decided"));

        assertThat(AllureHistory.markChanges(results)).extracting(c -> c.claim() + ": " + c)
                .containsExactly("now fails: PASS → FAIL", "now decided: INCONCLUSIVE → PASS",
                        "inconclusive as failure: FAIL → INCONCLUSIVE");
        assertThat(results.resolve("1-result.json")).content()
                .contains("{\"name\":\"tag\",\"value\":\"verdict changed: PASS → FAIL\"}", "\"suite\"");
        assertThat(results.resolve("2-result.json")).content().doesNotContain("verdict changed");
        assertThat(results.resolve("4-result.json")).content().doesNotContain("verdict changed");
    }

    @Test
    void categoriesTellAFailingPaperClaimFromAnUndecidedOneAndFromABrokenSpec() throws Exception {
        AllureRunInfo.write(dir, Map.of());
        String categories = Files.readString(dir.resolve("categories.json"));
        com.google.gson.JsonArray array = com.google.gson.JsonParser.parseString(categories).getAsJsonArray();
        assertThat(array).hasSize(3);
        // Allure files a result under the first category that matches: INCONCLUSIVE by its message first
        assertThat(array.get(0).getAsJsonObject().get("name").getAsString()).startsWith("INCONCLUSIVE");
        assertThat("INCONCLUSIVE: a sentence\nwith two lines")
                .matches(array.get(0).getAsJsonObject().get("messageRegex").getAsString());
        assertThat(array.get(1).getAsJsonObject().get("name").getAsString()).startsWith("FAIL");
        assertThat(array.get(1).getAsJsonObject().get("matchedStatuses").toString()).isEqualTo("[\"failed\"]");
        assertThat(array.get(2).getAsJsonObject().get("matchedStatuses").toString()).isEqualTo("[\"broken\"]");
    }

    @Test
    void theEnvironmentReadsBackAsJavaPropertiesInTheGivenOrder() throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("Redshift", "0.1.0");
        env.put("device", "cpu() (auto)");
        env.put("sample cache", "on (C:\\cache=x: y#z)");
        env.put("note", "two\nlines, ü, 光");
        AllureRunInfo.write(dir, env);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("environment.properties"), StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        assertThat(p).containsExactlyInAnyOrderEntriesOf(Map.of("Redshift", "0.1.0", "device", "cpu() (auto)",
                "sample cache", "on (C:\\cache=x: y#z)", "note", "two\nlines, ü, 光"));
        assertThat(Files.readAllLines(dir.resolve("environment.properties"), StandardCharsets.ISO_8859_1))
                .filteredOn(l -> !l.startsWith("#")).extracting(l -> l.substring(0, 4))
                .containsExactly("Reds", "devi", "samp", "note");
    }
}
