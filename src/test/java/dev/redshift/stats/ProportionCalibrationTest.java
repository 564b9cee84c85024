package dev.redshift.stats;

import static dev.redshift.stats.Simulation.ALPHA;
import static dev.redshift.stats.Simulation.SLACK;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Claims on 0/1 samples (grokked or not, per training run): the paired comparison of two proportions under the
 * small budgets of trained claims, where the paired differences are mostly 0 and their estimated sd often 0
 * (all differences 0 gives bounds 0 to 0, on the boundary: never a PASS), and a proportion within a range, where a
 * sample of all zeros or all ones has sd 0 and only the floor of {@link ClaimDecider} keeps its bounds honest.
 */
class ProportionCalibrationTest {

    static Simulation.Distribution bernoulli(double p) {
        return random -> random.nextDouble() < p ? 1 : 0;
    }

    @Test
    void greaterOnProportions() {
        Expectation greater = new Expectation.Ordered(false, Margin.ZERO);
        for (SamplesBudget budget : new SamplesBudget[] {new SamplesBudget(8, 32), new SamplesBudget(16, 64)}) {
            for (double p : new double[] {0.02, 0.1, 0.3, 0.5, 0.9, 0.98}) {
                Simulation.Outcome o = Simulation.run(greater, budget, bernoulli(p), bernoulli(p));
                System.out.printf("greater, %s, p = %.2f both: %s%n", budget, p, o);
                assertThat(o.passRate()).as("wrong PASS at p = %s, %s: %s", p, budget, o)
                        .isLessThanOrEqualTo(ALPHA + SLACK);
            }
        }
        Simulation.Outcome clear = Simulation.run(greater, new SamplesBudget(16, 64), bernoulli(0.7), bernoulli(0.2));
        System.out.printf("greater, 0.7 against 0.2: %s%n", clear);
        assertThat(clear.passRate()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void withinOnAProportionAtTheEdgeOfItsRange() {
        for (SamplesBudget budget : new SamplesBudget[] {new SamplesBudget(8, 32), new SamplesBudget(16, 64)}) {
            for (double p : new double[] {0.02, 0.1, 0.5, 0.9, 0.98}) {
                for (Expectation within : new Expectation[] {new Expectation.Within(p, 1), new Expectation.Within(0, p)}) {
                    Simulation.Outcome o = Simulation.run(within, budget, bernoulli(p));
                    System.out.printf("%s, %s, p = %.2f: %s%n", within, budget, p, o);
                    assertThat(o.passRate()).as("wrong PASS of %s at p = %s, %s: %s", within, p, budget, o)
                            .isLessThanOrEqualTo(ALPHA + SLACK);
                    assertThat(o.failRate()).as("wrong FAIL of %s at p = %s, %s: %s", within, p, budget, o)
                            .isLessThanOrEqualTo(ALPHA + SLACK);
                }
            }
        }
        Simulation.Outcome clear = Simulation.run(new Expectation.Within(0.5, 1.01), new SamplesBudget(16, 64),
                bernoulli(0.95));
        System.out.printf("within [0.5, 1.01] at 0.95: %s%n", clear);
        assertThat(clear.passRate()).isGreaterThanOrEqualTo(0.9);
    }
}
