package dev.redshift.stats;

/**
 * Confidence bounds on a mean that hold simultaneously at every sample size: with probability at least
 * 1 − α the true mean lies inside the bounds at every look, however often one looks and whenever one stops.
 */
public interface ConfidenceSequence {

    /** Bounds on the mean of the distribution a summary was drawn from, valid over all looks at level α. */
    default Interval bounds(Summary s, double alpha) {
        double h = halfWidth(s.n(), s.sd(), alpha);
        return new Interval(s.mean() - h, s.mean() + h);
    }

    /** Half-width of the bounds after n values with sample standard deviation sd. */
    double halfWidth(int n, double sd, double alpha);

    /**
     * The smallest n at which the half-width falls below {@code halfWidth} for a spread {@code sd}, or
     * {@link Integer#MAX_VALUE} when no n up to 2³⁰ gets there.
     */
    default int samplesFor(double halfWidth, double sd, double alpha) {
        if (!(halfWidth > 0)) {
            return Integer.MAX_VALUE;
        }
        if (halfWidth(2, sd, alpha) < halfWidth) {
            return 2;
        }
        int hi = 4;
        while (halfWidth(hi, sd, alpha) >= halfWidth) {
            if (hi >= 1 << 30) {
                return Integer.MAX_VALUE;
            }
            hi *= 2;
        }
        int lo = hi / 2;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (halfWidth(mid, sd, alpha) < halfWidth) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }
}
