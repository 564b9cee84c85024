package dev.redshift.stats;

/**
 * The two-sided asymptotic confidence sequence of Waudby-Smith, Arbour, Sinha, Kennedy and Ramdas,
 * "Time-uniform central limit theory and asymptotic confidence sequences", Annals of Statistics 52(6), 2024,
 * eq. (6) (the Robbins normal-mixture boundary with an estimated variance):
 *
 * <pre>
 *   μ̂_t ± σ̂_t · sqrt( 2(tρ² + 1) / (t²ρ²) · log( sqrt(tρ² + 1) / α ) )
 * </pre>
 *
 * It covers the mean at every t simultaneously with probability → 1 − α, for any distribution with a finite
 * variance; unlike a fixed-n t-interval it stays valid when one looks after every batch and stops at will.
 * ρ sets the sample size where the bounds are tightest; Redshift tunes it to the geometric middle of a
 * claim's samples budget with the authors' choice ρ = sqrt((−2 log α + log(−2 log α + 1)) / t*).
 */
public final class AsymptoticConfidenceSequence implements ConfidenceSequence {

    private final double targetN;

    /** @param targetN t*, the sample size the bounds are tuned for */
    public AsymptoticConfidenceSequence(double targetN) {
        if (!(targetN >= 1)) {
            throw new IllegalArgumentException("target sample size must be at least 1, got " + targetN);
        }
        this.targetN = targetN;
    }

    /** Tuned for a sequential plan between {@code min} and {@code max} samples. */
    public static AsymptoticConfidenceSequence forBudget(int min, int max) {
        return new AsymptoticConfidenceSequence(Math.sqrt((double) min * max));
    }

    @Override
    public double halfWidth(int n, double sd, double alpha) {
        if (n < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double rho2 = rhoSquared(alpha);
        double t = n;
        double radius = Math.sqrt(2 * (t * rho2 + 1) / (t * t * rho2) * Math.log(Math.sqrt(t * rho2 + 1) / alpha));
        return sd * radius;
    }

    private double rhoSquared(double alpha) {
        double l = -2 * Math.log(alpha);
        return (l + Math.log(l + 1)) / targetN;
    }
}
