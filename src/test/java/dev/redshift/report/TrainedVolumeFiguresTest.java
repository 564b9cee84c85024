package dev.redshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecFile;
import dev.redshift.spec.SpecParser;
import dev.redshift.stats.ConfigurationEvidence;
import dev.redshift.stats.Evidence;
import dev.redshift.stats.Interval;
import dev.redshift.stats.Summary;
import dev.redshift.stats.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training half of the blog's section: volume at checkpoints and grokking counts, from the claims' evidence. */
class TrainedVolumeFiguresTest {

    private static final String SPEC = """
            spec: Training half
            defaults:
              network: modadd
              with: { modulus: 11, embed: 8, width: 16 }
              train: { task: modadd, steps: 100, lr: 0.01 }
              measure: { name: local-volume, directions: 4 }
            claims:
              - claim: ReLU volume falls
                with: { activation: relu }
                vary: { train.steps: [1, 100, 1000] }
                expect: decreasing
              - claim: Most ReLU runs end lower
                with: { activation: relu }
                vary: { train.steps: [1, 1000] }
                expect: { fraction-decreasing: 0.5 }
              - claim: GELU groks more often
                measure: grokked
                compare: [ { activation: gelu }, { activation: relu } ]
                expect: greater
              - claim: untouched
                measure: test-accuracy
                expect: { within: [0.9, 1] }
            """;

    private final SpecFile file = new SpecParser().parse("specs/t.yaml", SPEC);

    @Test
    void eachCheckpointClaimGivesItsMeanPerStepAndEachGrokkingClaimItsCounts(@TempDir Path dir) {
        List<ClaimOutcome> outcomes = List.of(
                outcome(0, Verdict.FAIL, new double[] {-500, -3000, -2900}, 8),
                outcome(1, Verdict.FAIL, new double[] {-500, -2900}, 8),
                outcome(2, Verdict.INCONCLUSIVE, new double[] {0.25, 0.625}, 8),
                outcome(3, Verdict.PASS, new double[] {0.95}, 8));
        assertThat(TrainedVolumeFigures.any(outcomes)).isTrue();
        assertThat(TrainedVolumeFigures.checkpointVerdicts(outcomes)).containsExactly(
                "ReLU volume falls: step 1 -500, step 100 -3000, step 1000 -2900 — FAIL",
                "Most ReLU runs end lower: step 1 -500, step 1000 -2900 — FAIL");
        assertThat(TrainedVolumeFigures.grokkingCounts(outcomes)).singleElement().asString()
                .startsWith("GELU groks more often: activation gelu 2 of 8, activation relu 5 of 8 runs grokked"
                        + " — INCONCLUSIVE");
        // two claims on ReLU's checkpoints with one verdict: one line each, not a chart refused for a repeated name
        assertThat(TrainedVolumeFigures.checkpoints(outcomes, dir, "v.png")).hasValue("v.png");
        assertThat(Files.exists(dir.resolve("v.png"))).isTrue();
        assertThat(TrainedVolumeFigures.any(List.of(outcomes.get(3)))).isFalse();
        assertThat(TrainedVolumeFigures.checkpoints(List.of(outcomes.get(3)), dir, "w.png")).isEmpty();
    }

    private ClaimOutcome outcome(int claim, Verdict verdict, double[] means, int n) {
        ClaimPlan plan = file.claims().get(claim).plan();
        List<ConfigurationEvidence> configurations = new ArrayList<>();
        for (int c = 0; c < means.length; c++) {
            configurations.add(new ConfigurationEvidence(plan.configurations().get(c).label(),
                    new Summary(n, means[c], 1), 0, new Interval(means[c] - 1, means[c] + 1)));
        }
        Evidence evidence = new Evidence(verdict, plan.expectation().toString(), 0.95, "difference", 0,
                new Interval(-1, 1), 0, configurations, n, 1, OptionalInt.empty(), "sentence");
        return new ClaimOutcome(plan, evidence, List.of(), List.of(), 0);
    }
}
