package dev.redshift.stats;

import static dev.redshift.stats.Simulation.ALPHA;
import static dev.redshift.stats.Simulation.CLAIMS;
import static dev.redshift.stats.Simulation.CONFIDENCE;
import static dev.redshift.stats.Simulation.SLACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A claim on the spread ({@code spread: relative} with {@code within: [0, t]}) is the sequential test of the
 * mean of a per-pair statistic, so it keeps the test's calibration: with the true mean relative difference on
 * the boundary t a wrong PASS is at most α plus Monte Carlo slack; with t twice the true spread it passes.
 */
class SpreadCalibrationTest {

    /** Normal complexities, mean 10 and sd 0.8 (a coefficient of variation of 8%, like a ReLU MLP's Fourier). */
    private static final Simulation.Distribution NETWORKS = Simulation.normal(10, 0.8);

    @Test
    void sampleKIsTheRelativeDifferenceOfNetworks2kAnd2kPlus1() {
        ValueSource networks = (first, count) -> {
            double[] v = new double[count];
            for (int k = 0; k < count; k++) {
                v[k] = 1 + (first + k) * (first + k); // 1, 2, 5, 10, 17, 26, …
            }
            return new double[][] {v};
        };
        double[] pairs = new RelativePairDifference(networks).draw(1, 2)[0];
        assertThat(pairs[0]).isCloseTo(5.0 / 7.5, within(1e-12)); // networks 2 and 3: 5 and 10
        assertThat(pairs[1]).isCloseTo(9.0 / 21.5, within(1e-12)); // networks 4 and 5: 17 and 26
    }

    @Test
    void aSpreadOnTheBoundaryRarelyPassesAndTwiceTheSpreadPasses() {
        double truth = trueMeanRelativeDifference();
        Simulation.Outcome boundary = run(truth);
        System.out.println("spread within [0, true spread " + truth + "]: " + boundary);
        assertThat(boundary.passRate()).isLessThanOrEqualTo(ALPHA + SLACK);
        Simulation.Outcome generous = run(2 * truth);
        System.out.println("spread within [0, twice the true spread]: " + generous);
        assertThat(generous.passRate()).isGreaterThanOrEqualTo(0.9);
    }

    /** The statistic's mean by brute force, independently of the code under test. */
    private static double trueMeanRelativeDifference() {
        SplittableRandom r = new SplittableRandom(99);
        double sum = 0;
        int n = 2_000_000;
        for (int k = 0; k < n; k++) {
            double a = NETWORKS.applyAsDouble(r);
            double b = NETWORKS.applyAsDouble(r);
            sum += Math.abs(a - b) / ((a + b) / 2);
        }
        return sum / n;
    }

    private static Simulation.Outcome run(double hi) {
        SequentialTest test = new SequentialTest(new Expectation.Within(0, hi), CONFIDENCE, Simulation.BUDGET,
                List.of("x"));
        return Simulation.tally(IntStream.range(0, CLAIMS).parallel().mapToObj(claim -> test.run(List.of("c"),
                List.of(new RelativePairDifference(Simulation.source(claim, 0, NETWORKS))))).toList());
    }
}
