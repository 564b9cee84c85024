package dev.redshift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.redshift.engine.EngineFixture;
import dev.redshift.report.AllureCommandLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code check --report} runs into one folder: the second report carries the first's history, and a verdict
 * flipped by a changed seed is printed and tagged. Needs the Allure command line that {@code mvn package} unpacks.
 */
class ReportHistoryTest {

    // Seeds derive from the spec's path, so the spec lives at a fixed path under target/. Seed override 3 gives
    // networks whose mean LZ is shown above 80.1 (PASS, lower bound 82.3), 7 leaves it undecided (lower bound 77.6).
    private static final String SPEC = EngineFixture.smallSpec("Flip", 16, 16, 3, """
              - claim: Tanh LZ is at least 80.1
                expect: { within: [80.1, 200] }
            """);

    @TempDir
    Path dir;

    private String check(Path spec, Path report, String seed) {
        ConsoleRun run = new ConsoleRun();
        run.run("check", spec.toString(), "--report", report.toString(), "--no-figures", "--scale", "1", "--seed", seed,
                "--cache", dir.resolve("cache").toString());
        return run.stdout();
    }

    @Test
    void theSecondReportCarriesTheFirstsHistoryAndFlagsTheFlippedVerdict() throws Exception {
        assumeTrue(AllureCommandLine.find().isPresent(), "no Allure command line under target/allure (mvn package)");
        Path spec = Path.of("target", "report-history", "flip.yaml");
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, SPEC);
        Path report = dir.resolve("report");
        String first = check(spec, report, "3");
        assertThat(first).startsWith("PASS").doesNotContain("verdict changed");
        String second = check(spec, report, "7");
        assertThat(second).startsWith("INCONCLUSIVE")
                .contains("verdict changed since the previous report: PASS → INCONCLUSIVE  Tanh LZ is at least 80.1");

        Path results = report.resolve("allure-results");
        assertThat(results.resolve("history/history.json")).content().contains("\"passed\"");
        assertThat(results.resolve("categories.json")).exists();
        assertThat(results.resolve("environment.properties")).content()
                .contains("seed\\ override=7", "PyTorch=2.7.1", "DJL=0.35.1", "sample\\ cache=on");
        String html = Files.readString(report.resolve("allure-report/index.html"));
        // the new report's own history holds both runs: two items for the claim, two points of the trend
        String history = embedded(html, "history/history.json");
        assertThat(history.split("\"uid\"", -1)).hasSize(3);
        assertThat(history).contains("\"passed\"", "\"skipped\"");
        assertThat(embedded(html, "history/history-trend.json").split("\"data\"", -1)).hasSize(3);
        assertThat(embedded(html, "data/categories.json")).contains("INCONCLUSIVE: undecided within the budget");
    }

    private static String embedded(String html, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("d\\('" + java.util.regex.Pattern.quote(name)
                + "','([A-Za-z0-9+/=]*)'\\)").matcher(html);
        assertThat(m.find()).as(name + " in the report").isTrue();
        return new String(java.util.Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
    }
}
