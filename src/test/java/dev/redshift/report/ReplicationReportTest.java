package dev.redshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.engine.ClaimRunner;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecFile;
import dev.redshift.spec.SpecParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replication report puts the paper's sentence, our encoding and the verdict side by side. */
class ReplicationReportTest {

    private static final String SPEC = """
            spec: Report
            source: file citation
            defaults:
              with: { depth: 2, width: 16 }
              measure: lz
              grid: 16
              samples: { min: 16, max: 32 }
              seed: 3
            claims:
              - claim: Gating raises the sensitivity of tanh LZ to weight magnitude
                source: 'Fig. 5: "This sensitivity also increases with multiplicative interactions (i.e. gating)"'
                compare: [ { activation: tanh, gating: true }, { activation: tanh } ]
                slope: { weightScale: [1, 4, 16] }
                expect: greater
              - claim: 'Control: sine LZ is invariant to weight magnitude'
                tags: [control]
                with: { activation: sin }
                vary: { weightScale: [1, 16] }
                expect: invariant
                margin: 10%
            """;

    @TempDir
    Path dir;

    @Test
    void eachClaimReadsAsTheSentenceItEncodesOurEncodingAndItsVerdict() throws IOException {
        SpecFile file = new SpecParser().parse("specs/report.yaml", SPEC);
        ClaimRunner runner = new ClaimRunner(SamplerOptions.defaults());
        List<ClaimOutcome> outcomes = file.claims().stream().map(c -> runner.run(c.plan(), e -> { })).toList();
        new ReplicationReport(outcomes, List.of(), null, Map.of("scale", "test")).write(dir);
        String md = Files.readString(dir.resolve("index.md"));
        assertThat(md).contains("| the paper says | our claim | our encoding | verdict |");
        ClaimPlan gating = file.claims().get(0).plan();
        String verdict = outcomes.get(0).evidence().verdict().name();
        assertThat(md).contains("| Fig. 5: \"This sensitivity also increases with multiplicative interactions (i.e."
                + " gating)\" | Gating raises the sensitivity of tanh LZ to weight magnitude | mlp (activation tanh,"
                + " depth 2, width 16); gating on vs gating off; per network: slope of lz against ln weightScale"
                + " over weightScale 1, 4, 16; expect greater; 95%, 16–32 networks per configuration | ");
        assertThat(md).contains(verdict);
        assertThat(ClaimEncoding.of(file.claims().get(1).plan())).isEqualTo("mlp (activation sin, depth 2, width 16);"
                + " weightScale 1 → 16; lz; expect invariant (margin 10%); 95%, 16–32 networks per configuration");
        // sine LZ rises steeply with weight magnitude: the control fails, which is what it is for
        assertThat(outcomes.get(1).evidence().verdict().name()).isEqualTo("FAIL");
        assertThat(md).contains("✅ FAIL (negative control: should FAIL)");
        assertThat(md).contains("1 negative controls failed, as they should");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("<th>our encoding</th>");
        assertThat(gating.source()).startsWith("Fig. 5");
        assertThat(ClaimCsv.of(outcomes.get(0))).startsWith(
                "configuration,label,network,slope of lz against ln weightScale\n1,\"gating on\",0,");
    }

    @Test
    void aNegativeControlStandsBesideItsClaimAndARangeMarginShowsItsReferences() throws IOException {
        String spec = """
                spec: Controls
                defaults:
                  with: { depth: 2, width: 16 }
                  measure: lz
                  grid: 16
                  samples: { min: 16, max: 32 }
                  margin: 10% of range
                  expect: invariant
                claims:
                  - claim: ReLU LZ is invariant to weight magnitude
                    vary: { weightScale: [1, 4] }
                  - claim: 'Control: tanh LZ is invariant to weight magnitude'
                    controls: ReLU LZ is invariant to weight magnitude
                    with: { activation: tanh }
                    vary: { weightScale: [1, 16] }
                """;
        SpecFile file = new SpecParser().parse("specs/controls.yaml", spec);
        ClaimRunner runner = new ClaimRunner(SamplerOptions.defaults());
        List<ClaimOutcome> outcomes = file.claims().stream().map(c -> runner.run(c.plan(), e -> { })).toList();
        new ReplicationReport(outcomes, List.of(), null, Map.of("scale", "test")).write(dir);
        String md = Files.readString(dir.resolve("index.md"));
        ClaimOutcome control = outcomes.get(1);
        // tanh LZ grows several times over from weight 1 to 16, far beyond a tenth of the ReLU–unbiased distance
        assertThat(control.evidence().verdict().name()).isEqualTo("FAIL");
        assertThat(control.evidence().sentence()).contains("of the range", "from range reference: default ReLU MLP"
                + " to range reference: unbiased model");
        assertThat(control.evidence().configurations()).hasSize(4);
        assertThat(control.values()).hasSize(2);
        assertThat(md).contains("## Claims beside their negative controls", "| ReLU LZ is invariant to weight magnitude"
                + " | " + badgeOf(outcomes.get(0)) + " | Control: tanh LZ is invariant to weight magnitude | ✅ FAIL"
                + " (negative control: should FAIL) | ");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("<h2>Claims beside their negative controls");
        assertThat(ClaimEncoding.of(control.plan())).contains("expect invariant (margin 10% of the range)");
    }

    private static String badgeOf(ClaimOutcome o) {
        return switch (o.evidence().verdict()) {
            case PASS -> "✅ PASS";
            case FAIL -> "❌ FAIL";
            case INCONCLUSIVE -> "❔ INCONCLUSIVE";
        };
    }
}
