package dev.redshift.measure.volume;

/**
 * The cost C(w0 + r·u) along many rays at once: one call is one batched evaluation, so a search that advances
 * every unfinished ray per step costs one network pass per step, whatever the number of rays.
 */
@FunctionalInterface
public interface RayCosts {

    /**
     * @param rays which rays to evaluate (indices into the search's rays), in nondecreasing order; a ray may
     *     appear twice, at two radii
     * @param radii the radius of each, same length
     * @return the cost of each, same length
     */
    double[] at(int[] rays, double[] radii);
}
