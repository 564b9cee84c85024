package dev.redshift.measure;

/**
 * Equal-width quantisation of DESIGN §3: {@code q = min(floor((y − min)/(max − min) · levels), levels − 1)};
 * a constant sequence quantises to all zeros.
 */
public record Quantizer(int levels) {

    public Quantizer {
        if (levels < 2) {
            throw new IllegalArgumentException("levels must be at least 2, got " + levels);
        }
    }

    /**
     * The symbols of {@code values}, in the same order.
     *
     * @throws IllegalArgumentException when a value is an infinity or NaN: equal-width bins need a finite range
     */
    public int[] quantize(double[] values) {
        int[] q = symbolsOfFinite(values);
        if (q == null) {
            throw new IllegalArgumentException("cannot quantise non-finite values (an infinity or NaN)");
        }
        return q;
    }

    /** The symbols of {@code values}, or null when one of them is not finite (found in the min/max pass). */
    int[] symbolsOfFinite(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return null;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int[] q = new int[values.length];
        double range = max - min;
        if (!(range > 0)) {
            return q;
        }
        for (int k = 0; k < values.length; k++) {
            q[k] = (int) Math.min(Math.floor((values[k] - min) / range * levels), levels - 1);
        }
        return q;
    }
}
