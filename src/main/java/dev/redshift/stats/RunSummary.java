package dev.redshift.stats;

import java.util.Arrays;
import java.util.Locale;

/**
 * Turns network k's values at several levels of a parameter into one number for network k: the least-squares
 * {@link Kind#SLOPE slope} of the values against the levels, or the level where the least-squares quadratic
 * {@link Kind#PEAK peaks}. Levels are read on a log scale when asked, or (by default) when every level is
 * positive. The summary is the sample: expectations then compare summaries across configurations.
 *
 * @param kind slope or peak
 * @param levels the parameter's levels, in the order the values come
 * @param logScale whether x is ln(level)
 */
public record RunSummary(Kind kind, double[] levels, boolean logScale) {

    /** What a summary computes. */
    public enum Kind {
        /** The least-squares slope of the values against x: change per unit of x (per e-fold on a log scale). */
        SLOPE("slope", 2),
        /** The level at the vertex of the least-squares quadratic in x, clipped to the levels' range. */
        PEAK("peak", 3);

        private final String id;
        private final int minLevels;

        Kind(String id, int minLevels) {
            this.id = id;
            this.minLevels = minLevels;
        }

        /** The key in specs. */
        public String id() {
            return id;
        }

        /** The fewest distinct levels it needs. */
        public int minLevels() {
            return minLevels;
        }
    }

    /** How a summary reads levels: on a log scale when every level is positive, or as asked. */
    public enum Scale {
        AUTO, LINEAR, LOG;

        /** Parses {@code linear} or {@code log}. */
        public static Scale parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "linear" -> LINEAR;
                case "log" -> LOG;
                default -> throw new IllegalArgumentException("unknown scale '" + text + "' — expected one of "
                        + "linear, log");
            };
        }
    }

    public RunSummary {
        levels = levels.clone();
        if (Arrays.stream(levels).distinct().count() < kind.minLevels) {
            throw new IllegalArgumentException(kind.id + " needs at least " + kind.minLevels + " distinct levels, got "
                    + Arrays.toString(levels));
        }
        for (double level : levels) {
            if (!Double.isFinite(level) || (logScale && !(level > 0))) {
                throw new IllegalArgumentException(kind.id + " on a log scale needs levels > 0, got " + level
                        + " — use scale: linear");
            }
        }
    }

    /**
     * A summary over {@code levels} on the given scale; {@link Scale#AUTO} is a log scale when every level is
     * positive.
     *
     * @throws IllegalArgumentException too few distinct levels, or a level ≤ 0 on a log scale
     */
    public static RunSummary of(Kind kind, double[] levels, Scale scale) {
        boolean log = switch (scale) {
            case AUTO -> Arrays.stream(levels).allMatch(v -> v > 0);
            case LINEAR -> false;
            case LOG -> true;
        };
        return new RunSummary(kind, levels, log);
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }

    /**
     * Network k's summary from its values at each level (in level order); NaN when any value is NaN.
     */
    public double apply(double[] values) {
        double[] x = new double[levels.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = logScale ? Math.log(levels[i]) : levels[i];
        }
        return switch (kind) {
            case SLOPE -> LeastSquaresSlope.of(x, values);
            case PEAK -> {
                double at = QuadraticPeak.of(x, values);
                yield logScale ? Math.exp(at) : at;
            }
        };
    }

    /** How a summarised value reads: "slope of lz against ln weightScale", "peak of accuracy over prefactor". */
    public String describe(String measure, String parameter) {
        String x = logScale ? "ln " + parameter : parameter;
        return kind == Kind.SLOPE ? "slope of " + measure + " against " + x
                : "peak of " + measure + " over " + parameter + (logScale ? " (quadratic in ln " + parameter + ")" : "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunSummary r && r.kind == kind && r.logScale == logScale
                && Arrays.equals(r.levels, levels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * kind.hashCode() + Arrays.hashCode(levels)) + Boolean.hashCode(logScale);
    }

    @Override
    public String toString() {
        return kind.id + Arrays.toString(levels) + (logScale ? " (log)" : "");
    }
}
