package dev.redshift.measure.volume;

/**
 * The prior's mass along one ray, in log space: for the prior N(0, σ²I) on R^D, a point w0 and a unit direction
 * u, log G = log[A_{D−1} (2πσ²)^{−D/2} ∫_0^r t^{D−1} exp(−|w0 + t·u|²/(2σ²)) dt], A_{D−1} = 2π^{D/2}/Γ(D/2).
 * Averaged over uniform directions, G is the prior mass of the star-shaped region that the radii bound, so
 * log mean G estimates the log volume (Scherlis &amp; Belrose 2025).
 *
 * <p>With s = t/σ and b = (u·w0)/σ the integral is σ^D e^{−|w0|²/(2σ²)} ∫_0^{r/σ} s^{D−1} e^{−s²/2 − b·s} ds. Its
 * log integrand g(s) = (D−1) log s − s²/2 − b·s is concave with g'' ≤ −1, so beyond 11 units from its highest
 * point on [0, r/σ] it has fallen by more than 60 nats: Simpson's rule over the window where g is within 60 nats
 * of its top gives the integral to about 1e-9 relative, for any D, for r = ∞ too. When u ⟂ w0 the value is
 * log P(D/2, r²/(2σ²)) − |w0|²/(2σ²) (a chi-square probability), which the tests check up to D = 20,000.
 */
public final class RayIntegral {

    /** Nats below its top beyond which the integrand is left out (e^−60 ≈ 1e-26 relative). */
    private static final double DROP = 60;
    /** g'' ≤ −1, so g falls by DROP nats within sqrt(2·DROP) of its top. */
    private static final double REACH = Math.sqrt(2 * DROP) + 1e-9;
    private static final int INTERVALS = 1024;
    private static final int BISECTIONS = 200;

    private RayIntegral() {
    }

    /**
     * log G of one ray.
     *
     * @param dimension D, at least 1
     * @param sigma the prior's standard deviation, positive
     * @param rho2 |w0|²
     * @param beta u·w0
     * @param radius r ≥ 0, possibly infinite
     */
    public static double logMass(int dimension, double sigma, double rho2, double beta, double radius) {
        if (dimension < 1 || !(sigma > 0) || !(radius >= 0)) {
            throw new IllegalArgumentException("ray integral needs D >= 1, sigma > 0 and r >= 0, got D = " + dimension
                    + ", sigma = " + sigma + ", r = " + radius);
        }
        return logConstant(dimension) - rho2 / (2 * sigma * sigma)
                + logStandard(dimension - 1, beta / sigma, radius / sigma);
    }

    /** log[A_{D−1} (2π)^{−D/2}] = (1 − D/2) log 2 − log Γ(D/2). */
    public static double logConstant(int dimension) {
        return (1 - dimension / 2.0) * Math.log(2) - IncompleteGamma.logGamma(dimension / 2.0);
    }

    /** log ∫_0^upper s^n e^{−s²/2 − b·s} ds for n ≥ 0 (upper may be infinite). */
    static double logStandard(double n, double b, double upper) {
        if (upper == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double mode = n == 0 ? Math.max(0, -b) : (-b + Math.sqrt(b * b + 4 * n)) / 2;
        double top = Math.min(mode, upper);
        double lo = top <= 0 ? 0 : rising(n, b, top);
        double hi = top >= upper ? top : falling(n, b, top, upper);
        if (hi <= lo) {
            return Double.NEGATIVE_INFINITY;
        }
        double h = (hi - lo) / INTERVALS;
        double sum = 0;
        for (int i = 0; i <= INTERVALS; i++) {
            double weight = i == 0 || i == INTERVALS ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += weight * Math.exp(relative(n, b, lo + i * h, top));
        }
        return logAt(n, b, top) + Math.log(sum * h / 3);
    }

    /** Where g has risen to DROP nats below g(top), between 0 and top (0 when it is that high at 0). */
    private static double rising(double n, double b, double top) {
        double lo = Math.max(0, top - REACH);
        if (relative(n, b, lo, top) >= -DROP) {
            return lo;
        }
        double hi = top;
        for (int i = 0; i < BISECTIONS && hi - lo > 1e-15 * top; i++) {
            double mid = (lo + hi) / 2;
            if (relative(n, b, mid, top) < -DROP) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Where g has fallen to DROP nats below g(top), between top and upper (upper when it is that high there). */
    private static double falling(double n, double b, double top, double upper) {
        double hi = Math.min(upper, top + REACH);
        if (relative(n, b, hi, top) >= -DROP) {
            return hi;
        }
        double lo = top;
        for (int i = 0; i < BISECTIONS && hi - lo > 1e-15 * hi; i++) {
            double mid = (lo + hi) / 2;
            if (relative(n, b, mid, top) < -DROP) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** g(s) − g(top), written so that it keeps its digits when s is close to top and n is large. */
    private static double relative(double n, double b, double s, double top) {
        double d = s - top;
        // top > 0 whenever n > 0 (the mode is then positive), so the logarithm is taken only where it exists
        double log = n == 0 ? 0 : n * Math.log1p(d / top);
        return log - d * (s + top) / 2 - b * d;
    }

    /** g(s) itself. */
    private static double logAt(double n, double b, double s) {
        return (n == 0 ? 0 : n * Math.log(s)) - s * s / 2 - b * s;
    }
}
