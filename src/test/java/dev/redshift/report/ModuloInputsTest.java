package dev.redshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecFile;
import dev.redshift.spec.SpecParser;
import dev.redshift.stats.Evidence;
import dev.redshift.stats.Interval;
import dev.redshift.stats.Verdict;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The Fig. 7 caption says which number of inputs d of the modulo task reproduces the rising peak. */
class ModuloInputsTest {

    private static final String SPEC = """
            spec: Fig. 7
            defaults:
              network: mlp
              with: { depth: 2, width: 8 }
              train: { task: modulo, N: 8, d: 2, M: 10, steps: 5, lr: 0.01 }
              measure: test-accuracy
            claims:
              - claim: Gaussian peak rises, d 2
                tags: [fig7, peak]
                with: { activation: gaussian }
                peak: { prefactor: [0.5, 1, 2] }
                vary: { train.M: [10, 4] }
                expect: increasing
              - claim: Gaussian peak rises, d 3
                tags: [fig7, peak, d3]
                with: { activation: gaussian }
                train: { d: 3 }
                peak: { prefactor: [0.5, 1, 2] }
                vary: { train.M: [10, 4] }
                expect: increasing
              - claim: ReLU learns M = 10
                tags: [fig7]
                with: { activation: relu }
                expect: { within: [0.9, 1.01] }
            """;

    private final SpecFile file = new SpecParser().parse("specs/fig7.yaml", SPEC);

    @Test
    void namesTheInputsWhoseClaimPassedWithEachVerdictAndItsBounds() {
        List<ClaimOutcome> outcomes = List.of(outcome(0, Verdict.PASS, 1.5), outcome(1, Verdict.INCONCLUSIVE, -0.1),
                outcome(2, Verdict.PASS, 0.98));
        assertThat(ModuloInputs.sentence(outcomes)).hasValue("Which d (the paper does not state it; DESIGN §8 fixes"
                + " 2): only d = 2 reproduces it — d = 2: gaussian PASS (peak shift 1.50, 95% bounds 0.50 to 2.50, 8"
                + " runs per point); d = 3: gaussian INCONCLUSIVE (peak shift -0.10, 95% bounds -1.10 to 0.90, 8 runs"
                + " per point).");
    }

    @Test
    void saysNeitherWhenNoPeakClaimPassed() {
        assertThat(ModuloInputs.sentence(List.of(outcome(0, Verdict.FAIL, -1), outcome(1, Verdict.INCONCLUSIVE, 0))))
                .hasValueSatisfying(s -> assertThat(s).contains("neither d reproduces the rising peak"));
    }

    @Test
    void saysNothingWhenTheRunHasOneInputsOnly() {
        assertThat(ModuloInputs.sentence(List.of(outcome(0, Verdict.PASS, 1), outcome(2, Verdict.PASS, 1))))
                .isEmpty();
    }

    private ClaimOutcome outcome(int claim, Verdict verdict, double estimate) {
        ClaimPlan plan = file.claims().get(claim).plan();
        Evidence evidence = new Evidence(verdict, "increasing", 0.95, "difference", estimate,
                new Interval(estimate - 1, estimate + 1), 0, List.of(), 8, 1, OptionalInt.empty(), "");
        return new ClaimOutcome(plan, evidence, List.of(), List.of(), 0);
    }
}
