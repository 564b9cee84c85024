package dev.redshift.stats;

/** The slope of the least-squares line through points (x, y). */
public final class LeastSquaresSlope {

    private LeastSquaresSlope() {
    }

    /**
     * Σ (x − x̄)(y − ȳ) / Σ (x − x̄)²; NaN when any y is NaN.
     *
     * @throws IllegalArgumentException when x and y differ in length or x has fewer than two distinct values
     */
    public static double of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " levels for " + y.length + " values");
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("a slope needs two or more distinct levels");
        }
        return sxy / sxx;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }
}
