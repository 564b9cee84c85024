package dev.redshift.stats;

/**
 * What a claim expects of the mean complexities μ of its configurations (DESIGN §4). Each expectation has
 * exactly DESIGN's PASS and FAIL semantics; {@link ClaimDecider} applies them to confidence bounds.
 */
public sealed interface Expectation {

    /** The expectation's name in specs. */
    String id();

    /** The fewest configurations it compares. */
    int minConfigurations();

    /**
     * Whether configurations are compared network by network (network k of a against network k of b), so that
     * a network left out of one configuration must be left out of all: every expectation but {@code within}
     * (one mean per configuration) and {@code correlated} (networks pooled).
     */
    default boolean paired() {
        return !(this instanceof Within || correlation());
    }

    /** Whether it is decided on the Spearman correlation of two measures over the pooled networks. */
    default boolean correlation() {
        return this instanceof Correlated || this instanceof Uncorrelated;
    }

    /** Every pair of levels differs by less than the margin. */
    record Invariant(Margin margin) implements Expectation {
        @Override
        public String id() {
            return "invariant";
        }

        @Override
        public int minConfigurations() {
            return 2;
        }
    }

    /**
     * A monotone trend over levels. Not strict: last − first > 0 and no adjacent step goes the wrong way by
     * more than the tolerance. Strict: every adjacent step > 0.
     */
    record Trend(boolean increasing, boolean strict, Margin tolerance) implements Expectation {
        /** DESIGN's default tolerance of a non-strict trend. */
        public static final Margin DEFAULT_TOLERANCE = Margin.percent(5);

        @Override
        public String id() {
            return (strict ? "strictly " : "") + (increasing ? "increasing" : "decreasing");
        }

        @Override
        public int minConfigurations() {
            return 2;
        }
    }

    /** μ_a − μ_b < −margin ({@code less}) or > margin ({@code greater}); a is the first configuration. */
    record Ordered(boolean less, Margin margin) implements Expectation {
        @Override
        public String id() {
            return less ? "less" : "greater";
        }

        @Override
        public int minConfigurations() {
            return 2;
        }
    }

    /** |μ_a − μ_b| < margin for every pair. */
    record Equivalent(Margin margin) implements Expectation {
        @Override
        public String id() {
            return "equivalent";
        }

        @Override
        public int minConfigurations() {
            return 2;
        }
    }

    /** lo < μ < hi for every configuration. */
    record Within(double lo, double hi) implements Expectation {
        public Within {
            if (!(lo < hi)) {
                throw new IllegalArgumentException("within needs lo < hi, got [" + lo + ", " + hi + "]");
            }
        }

        @Override
        public String id() {
            return "within";
        }

        @Override
        public int minConfigurations() {
            return 1;
        }
    }

    /**
     * The Spearman correlation of two measures over the pooled networks exceeds r, or with {@code negative}
     * ({@code anticorrelated: r}) lies below −r: decided as the correlation of the first measure with the
     * negated second, which reverses the second's ranks exactly (ties included).
     */
    record Correlated(double r, boolean negative) implements Expectation {
        public Correlated {
            if (!(r > -1 && r < 1)) {
                throw new IllegalArgumentException((negative ? "anticorrelated" : "correlated")
                        + " needs −1 < r < 1, got " + r);
            }
        }

        /** A positive correlation above r. */
        public Correlated(double r) {
            this(r, false);
        }

        @Override
        public String id() {
            return negative ? "anticorrelated" : "correlated";
        }

        @Override
        public int minConfigurations() {
            return 1;
        }
    }

    /**
     * The Spearman correlation of two measures over the pooled networks lies within ±margin of 0
     * ({@code uncorrelated: margin}): PASS when its bounds lie inside (−margin, margin), FAIL when they lie wholly
     * above margin or below −margin — the first measure does not predict the second, to within the margin.
     */
    record Uncorrelated(double margin) implements Expectation {
        public Uncorrelated {
            if (!(margin > 0 && margin < 1)) {
                throw new IllegalArgumentException("uncorrelated needs a margin 0 < m < 1, got " + margin);
            }
        }

        @Override
        public String id() {
            return "uncorrelated";
        }

        @Override
        public int minConfigurations() {
            return 1;
        }
    }

    /**
     * The fraction of networks whose value in the last configuration is below ({@code fraction-decreasing: p})
     * or above ({@code fraction-increasing: p}) their own value in the first exceeds p: network k of the first
     * against network k of the last (a tie counts against), the 0/1 outcomes bounded as a proportion
     * ({@link ProportionSpread}). PASS when the lower bound exceeds p, FAIL when the upper bound is below it.
     */
    record Fraction(boolean increasing, double p) implements Expectation {
        public Fraction {
            if (!(p >= 0 && p < 1)) {
                throw new IllegalArgumentException("fraction-" + (increasing ? "increasing" : "decreasing")
                        + " needs 0 ≤ p < 1, got " + p);
            }
        }

        @Override
        public String id() {
            return "fraction-" + (increasing ? "increasing" : "decreasing");
        }

        @Override
        public int minConfigurations() {
            return 2;
        }
    }
}
