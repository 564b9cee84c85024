package dev.redshift.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/** Simulated claims on synthetic distributions, for calibration. */
final class Simulation {

    static final int CLAIMS = 2000;
    static final double CONFIDENCE = 0.95;
    static final double ALPHA = 1 - CONFIDENCE;
    /** Three binomial standard errors of a rate α over {@link #CLAIMS} claims. */
    static final double SLACK = 3 * Math.sqrt(ALPHA * (1 - ALPHA) / CLAIMS);
    static final SamplesBudget BUDGET = new SamplesBudget(32, 400);

    private Simulation() {
    }

    /** A distribution of one configuration's values, drawn from a random stream. */
    interface Distribution extends ToDoubleFunction<SplittableRandom> {
    }

    static Distribution normal(double mean, double sd) {
        return r -> mean + sd * r.nextGaussian();
    }

    /** Exponential with the given mean: strongly skewed. */
    static Distribution exponential(double mean) {
        return r -> -mean * Math.log(1 - r.nextDouble());
    }

    /**
     * One configuration's networks read k ways ({@code means.length} readings), sd 1 under each, the readings of one
     * network correlated with {@code rho}: mean_r + √ρ·z₀ + √(1−ρ)·z_r.
     */
    static ValueSource readings(long claim, int configuration, double[] means, double rho) {
        return (first, count) -> {
            double[][] v = new double[means.length][count];
            for (int i = 0; i < count; i++) {
                SplittableRandom r = new SplittableRandom(claim * 1_000_003L + configuration * 7_919L
                        + (first + i) * 0x9E3779B97F4A7C15L);
                double shared = r.nextGaussian();
                for (int m = 0; m < means.length; m++) {
                    v[m][i] = means[m] + Math.sqrt(rho) * shared + Math.sqrt(1 - rho) * r.nextGaussian();
                }
            }
            return v;
        };
    }

    static ValueSource source(long claim, int configuration, Distribution d) {
        return (first, count) -> {
            double[] v = new double[count];
            for (int k = 0; k < count; k++) {
                v[k] = d.applyAsDouble(new SplittableRandom(seed(claim, configuration, first + k)));
            }
            return new double[][] {v};
        };
    }

    /** Two measures with Spearman correlation {@code spearman}: a Gaussian copula with ρ = 2 sin(π r_s / 6). */
    static ValueSource correlatedSource(long claim, int configuration, double spearman) {
        double rho = 2 * Math.sin(Math.PI * spearman / 6);
        return (first, count) -> {
            double[] x = new double[count];
            double[] y = new double[count];
            for (int k = 0; k < count; k++) {
                SplittableRandom r = new SplittableRandom(seed(claim, configuration, first + k));
                double a = r.nextGaussian();
                double b = r.nextGaussian();
                x[k] = a;
                y[k] = Math.exp(rho * a + Math.sqrt(1 - rho * rho) * b); // monotone map: same ranks
            }
            return new double[][] {x, y};
        };
    }

    private static long seed(long claim, int configuration, long index) {
        return claim * 1_000_003L + configuration * 7_919L + index * 0x9E3779B97F4A7C15L;
    }

    /** Outcome counts over many simulated claims. */
    record Outcome(int pass, int fail, int inconclusive, double meanNetworks) {
        double passRate() {
            return (double) pass / (pass + fail + inconclusive);
        }

        double failRate() {
            return (double) fail / (pass + fail + inconclusive);
        }
    }

    static Outcome run(Expectation expectation, Distribution... configurations) {
        return run(expectation, BUDGET, configurations);
    }

    static Outcome run(Expectation expectation, SamplesBudget budget, Distribution... configurations) {
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < configurations.length; c++) {
            labels.add("level " + c);
        }
        SequentialTest test = new SequentialTest(expectation, CONFIDENCE, budget, List.of("x"));
        List<Evidence> results = IntStream.range(0, CLAIMS).parallel().mapToObj(claim -> {
            List<ValueSource> sources = new ArrayList<>();
            for (int c = 0; c < configurations.length; c++) {
                sources.add(source(claim, c, configurations[c]));
            }
            return test.run(labels, sources);
        }).toList();
        return tally(results);
    }

    static Outcome runCorrelated(double threshold, double trueSpearman, int configurations) {
        return runCorrelated(new Expectation.Correlated(threshold), trueSpearman, configurations);
    }

    /** Claims {@code anticorrelated: threshold} on measures whose true Spearman correlation is given. */
    static Outcome runAnticorrelated(double threshold, double trueSpearman, int configurations) {
        return runCorrelated(new Expectation.Correlated(threshold, true), trueSpearman, configurations);
    }

    /** Claims {@code uncorrelated: margin} on measures whose true Spearman correlation is given. */
    static Outcome runUncorrelated(double margin, double trueSpearman, int configurations) {
        return runCorrelated(new Expectation.Uncorrelated(margin), trueSpearman, configurations);
    }

    private static Outcome runCorrelated(Expectation expectation, double trueSpearman,
            int configurations) {
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < configurations; c++) {
            labels.add("c" + c);
        }
        SequentialTest test = new SequentialTest(expectation, CONFIDENCE, BUDGET, List.of("x", "y"));
        List<Evidence> results = IntStream.range(0, CLAIMS).parallel().mapToObj(claim -> {
            List<ValueSource> sources = new ArrayList<>();
            for (int c = 0; c < configurations; c++) {
                sources.add(correlatedSource(claim, c, trueSpearman));
            }
            return test.run(labels, sources);
        }).toList();
        return tally(results);
    }

    static Outcome tally(List<Evidence> results) {
        int pass = 0;
        int fail = 0;
        int inconclusive = 0;
        double networks = 0;
        for (Evidence e : results) {
            switch (e.verdict()) {
                case PASS -> pass++;
                case FAIL -> fail++;
                case INCONCLUSIVE -> inconclusive++;
            }
            networks += e.networksPerConfiguration();
        }
        return new Outcome(pass, fail, inconclusive, networks / results.size());
    }
}
