package dev.redshift.stats;

/**
 * The spread a mean's bounds are built from when the values are a proportion (every value 0 or 1: grokked or not,
 * per run). The sample sd of such values is 0 whenever every run agrees, which would give bounds of width 0 after
 * a handful of runs; so it is never taken below the sd of a Bernoulli variable at the smoothed proportion
 * (k + 2)/(n + 4), k being the number of ones (Agresti and Coull's).
 */
final class ProportionSpread {

    private ProportionSpread() {
    }

    /** The summary of a proportion's values, its sd floored as above. */
    static Summary floored(Summary s) {
        double p = (s.mean() * s.n() + 2) / (s.n() + 4);
        return new Summary(s.n(), s.mean(), Math.max(s.sd(), Math.sqrt(p * (1 - p))));
    }

    /** Whether every value is 0 or 1 (and there is one at least). */
    static boolean isProportion(double[] values) {
        for (double v : values) {
            if (v != 0 && v != 1) {
                return false;
            }
        }
        return values.length > 0;
    }
}
