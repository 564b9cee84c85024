package dev.redshift.measure.volume;

/**
 * The ray integral as the blog's procedure computes it, as we read it: left and right Riemann sums of the
 * integrand t^{D−1} exp(−|w0 + t·u|²/(2σ²)) over {@value #POINTS} evenly spaced points of [0, r], <em>without</em>
 * the step width, times A_{D−1}(2πσ²)^{−D/2}; refused when the two sums differ by more than 1% relative. The sums
 * are taken in log space, so only the refusal, never an overflow, stops a ray.
 */
public final class BlogRayIntegral {

    /** Points of the Riemann sums. */
    public static final int POINTS = 10_000;
    /** Largest relative difference of the left and right sums that is accepted. */
    public static final double AGREEMENT = 0.01;

    private BlogRayIntegral() {
    }

    /** The left sum's log G, or NaN when the two sums disagree by more than {@link #AGREEMENT}. */
    public static double logMass(int dimension, double sigma, double rho2, double beta, double radius) {
        double[] g = new double[POINTS];
        double step = radius / (POINTS - 1);
        double twoVar = 2 * sigma * sigma;
        for (int j = 0; j < POINTS; j++) {
            double t = j * step;
            g[j] = (dimension - 1) * Math.log(t) - (rho2 + 2 * beta * t + t * t) / twoVar;
        }
        if (dimension == 1) {
            g[0] = -rho2 / twoVar;
        }
        double left = logSumExp(g, 0, POINTS - 1);
        double right = logSumExp(g, 1, POINTS);
        double larger = Math.max(left, right);
        // |L − R| / max(L, R) in log space
        if (-Math.expm1(Math.min(left, right) - larger) > AGREEMENT || !Double.isFinite(left)) {
            return Double.NaN;
        }
        return RayIntegral.logConstant(dimension) - dimension * Math.log(sigma) + left;
    }

    private static double logSumExp(double[] v, int from, int to) {
        double top = Double.NEGATIVE_INFINITY;
        for (int j = from; j < to; j++) {
            top = Math.max(top, v[j]);
        }
        if (top == Double.NEGATIVE_INFINITY) {
            return top;
        }
        double s = 0;
        for (int j = from; j < to; j++) {
            s += Math.exp(v[j] - top);
        }
        return top + Math.log(s);
    }
}
