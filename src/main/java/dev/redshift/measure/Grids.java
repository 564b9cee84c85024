package dev.redshift.measure;

/** What the spectral measures share about grid input. */
final class Grids {

    static final String CONSTANT_REASON = "constant function: no spectrum beyond the constant term";
    /** Why a measure of a function with an infinity or NaN among its values is undefined. */
    static final String NON_FINITE_REASON = "non-finite values (an infinity or NaN): the function has no complexity";

    private Grids() {
    }

    static GridValues require(Observation observation, ComplexityMeasure measure) {
        if (observation instanceof GridValues grid) {
            return grid;
        }
        throw new IllegalArgumentException(
                measure.name() + " is defined on 1-D and 2-D grids only, not on a " + kind(observation));
    }

    static boolean isConstant(GridValues grid) {
        double[] v = grid.values();
        if (!Double.isFinite(v[0])) {
            return false; // infinities are not a constant function; the measures report them as non-finite
        }
        for (double x : v) {
            if (x != v[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The values minus their mean. Removing the offset changes only the constant term (DFT bin 0, or c₀₀ of
     * an exact least-squares fit), which every spectral measure excludes, and keeps large offsets from
     * drowning the rest in rounding error.
     */
    static double[] centred(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double[] out = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            out[k] = values[k] - mean;
        }
        return out;
    }

    private static String kind(Observation observation) {
        return observation instanceof TokenSequence ? "token sequence" : "value sequence";
    }
}
