package dev.redshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.engine.EngineFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code check --junit-xml FILE}: the JUnit Platform's XML report lists every claim with its verdict. */
class JunitXmlReportTest {

    private static final String SPEC = EngineFixture.smallSpec("Xml", 16, 32, 3, EngineFixture.TANH_RISES + """
              - claim: Tanh LZ falls with weight magnitude
                vary: { weightScale: [1, 8] }
                expect: decreasing
              - claim: Tanh LZ is invariant to a tiny weight change
                vary: { weightScale: [1, 1.01] }
                expect: invariant
                margin: 0.1%
              - claim: A broken claim
                vary: { weightScale: [1, 8] }
                activation: rleu
                expect: increasing
            """);

    @TempDir
    Path dir;

    @Test
    void everyClaimIsATestCaseWithItsVerdict() throws Exception {
        Path spec = Files.writeString(dir.resolve("xml.yaml"), SPEC);
        Path xml = dir.resolve("out/redshift.xml");
        ConsoleRun run = new ConsoleRun();
        int status = run.run("check", spec.toString(), "--no-cache", "--junit-xml", xml.toString());
        String console = run.stdout();
        assertThat(status).isEqualTo(2); // a broken claim: exit codes as without the report
        assertThat(console).contains("1 passed, 1 failed, 1 inconclusive, 1 broken");

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        NodeList cases = doc.getElementsByTagName("testcase");
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            verdicts.put(c.getAttribute("name"), outcome(c));
        }
        // a claim entry that does not parse is named by its line
        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Tanh LZ rises with weight magnitude", "PASS",
                "Tanh LZ falls with weight magnitude", "FAIL: weightScale 8 exceeds weightScale 1",
                "Tanh LZ is invariant to a tiny weight change", "SKIPPED: INCONCLUSIVE: weightScale 1.01",
                "claim at line 19", "ERROR"));
        // the evidence travels in the report entries
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (!verdicts.get(c.getAttribute("name")).equals("ERROR")) {
                String verdict = verdicts.get(c.getAttribute("name")).replaceFirst("^(SKIPPED: )?([A-Z]+).*", "$2");
                StringBuilder systemOut = new StringBuilder();
                NodeList outs = c.getElementsByTagName("system-out");
                for (int k = 0; k < outs.getLength(); k++) {
                    systemOut.append(outs.item(k).getTextContent());
                }
                assertThat(systemOut).contains("redshift.verdict: " + verdict, "redshift.estimate: ");
            }
        }
        assertThat(Files.list(xml.getParent())).containsExactly(xml);
    }

    private static String outcome(Element c) {
        if (c.getElementsByTagName("failure").getLength() > 0) {
            String message = ((Element) c.getElementsByTagName("failure").item(0)).getAttribute("message");
            return "FAIL: " + message.substring(0, "weightScale 8 exceeds weightScale 1".length());
        }
        if (c.getElementsByTagName("skipped").getLength() > 0) {
            String text = c.getElementsByTagName("skipped").item(0).getTextContent();
            int at = text.indexOf("INCONCLUSIVE: ");
            return "SKIPPED: " + (at < 0 ? text : text.substring(at, at + "INCONCLUSIVE: weightScale 1.01".length()));
        }
        if (c.getElementsByTagName("error").getLength() > 0) {
            return "ERROR";
        }
        return "PASS";
    }
}
