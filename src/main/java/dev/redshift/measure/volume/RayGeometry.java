package dev.redshift.measure.volume;

/**
 * What the ray integrals of one network need to know of it: its parameter count, |w0|², u_i·w0 for each of its
 * directions, and the prior's σ.
 *
 * @param dimension D
 * @param normSquared |w0|²
 * @param projections u_i·w0, one per direction
 * @param sigma the prior's standard deviation
 */
public record RayGeometry(int dimension, double normSquared, double[] projections, double sigma) {

    /** The geometry with σ = sigmaFactor · |w0|/√D, the measure's prior. */
    public static RayGeometry of(int dimension, double normSquared, double[] projections, double sigmaFactor) {
        return new RayGeometry(dimension, normSquared, projections, sigmaFactor * Math.sqrt(normSquared / dimension));
    }

    /** |w0|. */
    public double norm() {
        return Math.sqrt(normSquared);
    }
}
