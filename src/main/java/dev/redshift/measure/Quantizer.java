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

    /** The symbols of {@code values}, in the same order. */
    public int[] quantize(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("cannot quantise NaN");
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
