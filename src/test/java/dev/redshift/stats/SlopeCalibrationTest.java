package dev.redshift.stats;

import static dev.redshift.stats.Simulation.ALPHA;
import static dev.redshift.stats.Simulation.CLAIMS;
import static dev.redshift.stats.Simulation.CONFIDENCE;
import static dev.redshift.stats.Simulation.SLACK;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A slope comparison is the paired comparison of per-network summaries, so it inherits the sequential test's
 * calibration: two configurations whose networks have the same mean slope (each network's own slope random,
 * each level's value noisy) give a wrong {@code greater} PASS at most α plus Monte Carlo slack over 2,000
 * simulated claims, and a slope twice as large is found.
 */
class SlopeCalibrationTest {

    private static final double[] LEVELS = {1, 2, 4, 8};

    @Test
    void equalSlopesRarelyPassAsGreaterAndRarelyFailAsEquivalent() {
        Simulation.Outcome greater = run(new Expectation.Ordered(false, Margin.ZERO), 0.5, 0.5);
        System.out.println("slope greater under the null: " + greater);
        assertThat(greater.passRate()).isLessThanOrEqualTo(ALPHA + SLACK);
        Simulation.Outcome invariant = run(new Expectation.Invariant(Margin.absolute(0.3)), 0.5, 0.8);
        System.out.println("slope invariant, slopes 0.3 apart (on the margin): " + invariant);
        assertThat(invariant.passRate()).isLessThanOrEqualTo(ALPHA + SLACK);
    }

    @Test
    void aLargerSlopeIsFound() {
        Simulation.Outcome o = run(new Expectation.Ordered(false, Margin.ZERO), 1.0, 0.5);
        System.out.println("slope greater, 1.0 against 0.5: " + o);
        assertThat(o.passRate()).isGreaterThanOrEqualTo(0.9);
    }

    /** Configuration c's network k: intercept and slope drawn per network, plus noise at each level. */
    private static Simulation.Outcome run(Expectation expectation, double slopeA, double slopeB) {
        RunSummary summary = RunSummary.of(RunSummary.Kind.SLOPE, LEVELS, RunSummary.Scale.AUTO);
        SequentialTest test = new SequentialTest(expectation, CONFIDENCE, Simulation.BUDGET, List.of("x"));
        double[] slopes = {slopeA, slopeB};
        List<Evidence> results = IntStream.range(0, CLAIMS).parallel().mapToObj(claim -> {
            List<ValueSource> sources = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                List<ValueSource> levels = new ArrayList<>();
                for (int l = 0; l < LEVELS.length; l++) {
                    levels.add(level(claim, c, l, slopes[c]));
                }
                sources.add(new SummarisedSource(summary, levels));
            }
            return test.run(List.of("a", "b"), sources);
        }).toList();
        return Simulation.tally(results);
    }

    private static ValueSource level(int claim, int configuration, int level, double slope) {
        return (first, count) -> {
            double[] v = new double[count];
            for (int k = 0; k < count; k++) {
                long network = first + k;
                // the network's own draw (same at every level) and this level's own noise
                SplittableRandom own = new SplittableRandom(claim * 1_000_003L + configuration * 7_919L + network);
                double intercept = 10 + 2 * own.nextGaussian();
                double ownSlope = slope + 0.4 * own.nextGaussian();
                SplittableRandom noise = new SplittableRandom(own.nextLong() + level);
                v[k] = intercept + ownSlope * Math.log(LEVELS[level]) + 0.5 * noise.nextGaussian();
            }
            return new double[][] {v};
        };
    }
}
