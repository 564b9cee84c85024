package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.eval.SamplerOptions;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecParser;
import dev.redshift.stats.Evidence;
import dev.redshift.stats.ReadingVerdicts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/** A claim decided under two readings of fourier, end to end on real networks at a tiny scale. */
class ReadingClaimTest {

    private static final String SPEC = """
            spec: Readings
            defaults:
              with: { depth: 2, width: 16, activation: relu }
              measure: fourier
              grid: 16
              samples: { min: 16, max: 48 }
              seed: 5
              vary: { weightScale: [1, 16] }
              expect: increasing
            claims:
              - claim: under both readings
                readings: [fourier, { name: fourier, dc: include }]
              - claim: without DC alone
                confidence: 0.975
              - claim: with DC alone
                measure: { name: fourier, dc: include }
                confidence: 0.975
              - claim: without readings
            """;

    private static ClaimPlan plan(int claim) {
        return new SpecParser().parse("specs/readings.yaml", SPEC).claims().get(claim).plan();
    }

    @Test
    void eachReadingIsDecidedOnTheSameNetworksAsTheClaimWithThatMeasureAloneAtItsShare() {
        ClaimRunner runner = new ClaimRunner(SamplerOptions.defaults());
        ClaimOutcome both = runner.run(plan(0), e -> { });
        ReadingVerdicts readings = both.readings();
        assertThat(readings.readings()).containsExactly("fourier", "fourier {dc: include}");
        for (int r = 0; r < 2; r++) {
            ClaimOutcome alone = runner.run(plan(1 + r), e -> { });
            Evidence mine = readings.evidence().get(r);
            assertThat(mine.verdict()).as("reading %d", r).isEqualTo(alone.evidence().verdict());
            assertThat(mine.estimate()).as("reading %d", r).isEqualTo(alone.evidence().estimate());
            assertThat(mine.networksPerConfiguration()).isEqualTo(alone.evidence().networksPerConfiguration());
            assertThat(mine.confidence()).isEqualTo(0.975);
            // the per-network values of the reading's row are those of the claim that measured it alone
            int n = alone.values().get(1)[0].length;
            assertThat(java.util.Arrays.copyOf(both.values().get(1)[r], n)).isEqualTo(alone.values().get(1)[0]);
        }
        assertThat(both.evidence().verdict()).isEqualTo(readings.verdict());
        assertThat(both.evidence().sentence()).startsWith(readings.describe());
    }

    private static final String TRAINED = """
            spec: Trained readings
            defaults:
              with: { depth: 2, width: 16, activation: relu }
              train: { task: image, name: cameraman, steps: 5, lr: 0.02 }
              grid: 16
              samples: { min: 8, max: 8 }
              seed: 3
              over: [ { weightScale: 1 }, { weightScale: 4 } ]
              measures: [init:fourier, fourier]
              expect: { correlated: 0.3 }
            claims:
              - claim: under both readings
                readings: [fourier, { name: fourier, dc: include }]
              - claim: with DC alone
                measures: [{ name: init:fourier, dc: include }, { name: fourier, dc: include }]
                confidence: 0.975
            """;

    @Test
    void aTrainedClaimReadsItsInitialAndTrainedMeasureUnderOneReadingAtATime() {
        List<ClaimPlan> plans = new SpecParser().parse("specs/trained.yaml", TRAINED).claims().stream()
                .map(c -> c.plan()).toList();
        assertThat(plans.get(0).measureLabels()).containsExactly("init:fourier", "fourier",
                "init:fourier {dc: include}", "fourier {dc: include}");
        ClaimRunner runner = new ClaimRunner(SamplerOptions.defaults());
        ClaimOutcome both = runner.run(plans.get(0), e -> { });
        ClaimOutcome alone = runner.run(plans.get(1), e -> { });
        Evidence withDc = both.readings().evidence().get(1);
        assertThat(withDc.estimate()).isEqualTo(alone.evidence().estimate());
        assertThat(withDc.verdict()).isEqualTo(alone.evidence().verdict());
        assertThat(withDc.confidence()).isEqualTo(0.975);
        // the two readings of one run differ: the constant's magnitude stands in App. D's denominator only
        assertThat(both.readings().evidence().get(0).estimate()).isNotEqualTo(withDc.estimate());
    }

    @Test
    void aClaimWithoutReadingsIsDecidedOnItsMeasureAlone() {
        ClaimPlan plain = plan(3);
        assertThat(plain.readings()).isEmpty();
        assertThat(plain.measureLabels()).containsExactly("fourier");
        ClaimOutcome outcome = new ClaimRunner(SamplerOptions.defaults()).run(plain, e -> { });
        assertThat(outcome.readings()).isNull();
        assertThat(outcome.evidence().confidence()).isEqualTo(0.95);
        assertThat(outcome.evidence().sentence()).doesNotContain("reading");
    }

    @Test
    void theTestReportsTheCombinedVerdictAndNamesEachReadings(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("readings.yaml");
        Files.writeString(file, SPEC);
        ReadingVerdicts expected = new ClaimRunner(SamplerOptions.defaults()).run(plan(0), e -> { }).readings();
        // ReLU under the main text's reading does not rise; with DC it does: the fixture depends on the reading
        assertThat(expected.robustness()).isEqualTo(ReadingVerdicts.Robustness.DEPENDS);
        List<org.junit.platform.testkit.engine.Event> finished = EngineFixture.engine()
                .configurationParameter(EngineSettings.CACHE, "off")
                .selectors(DiscoverySelectors.selectFile(file.toFile())).execute().testEvents().finished().list();
        TestExecutionResult result = finished.stream().filter(e -> e.getTestDescriptor().getDisplayName()
                .equals("under both readings")).findFirst().orElseThrow()
                .getPayload(TestExecutionResult.class).orElseThrow();
        TestExecutionResult.Status status = switch (expected.verdict()) {
            case PASS -> TestExecutionResult.Status.SUCCESSFUL;
            case FAIL -> TestExecutionResult.Status.FAILED;
            case INCONCLUSIVE -> TestExecutionResult.Status.ABORTED;
        };
        assertThat(result.getStatus()).isEqualTo(status);
        if (status != TestExecutionResult.Status.SUCCESSFUL) {
            assertThat(result.getThrowable().orElseThrow().getMessage()).contains("fourier: " + expected.verdicts()
                    .get(0), "fourier {dc: include}: " + expected.verdicts().get(1));
        }
    }
}
