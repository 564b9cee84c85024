package dev.redshift.measure.volume;

import java.util.Arrays;

/**
 * The radius search of the published code as we read it (EleutherAI/tyche, {@code find_radius_vectorized}): every
 * ray starts at r = 1; each step evaluates the cost at the current r of every ray of a network, records r as a
 * lower or upper bound, and moves to 2r while no upper bound is known, else to the middle of the bounds. A network
 * stops when every one of its rays is within {@code tolerance}·ε of ε, or after {@code evaluations} evaluations;
 * the radius returned is the <em>next</em> trial point, not the one evaluated, and a ray still off by more than
 * the tolerance has not converged (the blog then drops the whole network).
 */
public final class BlogRadiusSearch {

    /** The published search's evaluations, start, relative tolerance and growth factor. */
    public static final int EVALUATIONS = 15;
    public static final double START = 1;
    public static final double TOLERANCE = 0.1;
    private static final double JUMP = 2;

    private final double epsilon;

    /** @param epsilon the cost threshold ε (the published code's cutoff) */
    public BlogRadiusSearch(double epsilon) {
        this.epsilon = epsilon;
    }

    /**
     * The radii and whether each converged.
     *
     * @param radii the next trial point of every ray
     * @param converged whether the last cost evaluated on the ray was within the tolerance of ε
     */
    public record Result(double[] radii, boolean[] converged) {
    }

    /**
     * Searches every ray; rays of one network (same {@code network[i]}) step together until all have converged.
     *
     * @param costs evaluates rays
     * @param network the network of each ray
     */
    public Result search(RayCosts costs, int[] network) {
        int n = network.length;
        double[] r = new double[n];
        Arrays.fill(r, START);
        double[] lo = new double[n];
        double[] hi = new double[n];
        Arrays.fill(hi, Double.POSITIVE_INFINITY);
        boolean[] converged = new boolean[n];
        boolean[] active = RadiusSearch.filled(n, true);
        for (int step = 0; step < EVALUATIONS && RadiusSearch.any(active); step++) {
            int[] rays = RadiusSearch.indices(active);
            double[] c = costs.at(rays, RadiusSearch.pick(r, rays));
            for (int j = 0; j < rays.length; j++) {
                int i = rays[j];
                converged[i] = Math.abs(c[j] - epsilon) <= TOLERANCE * epsilon;
                if (c[j] < epsilon) {
                    lo[i] = r[i];
                } else if (c[j] > epsilon) {
                    hi[i] = r[i];
                }
                r[i] = hi[i] == Double.POSITIVE_INFINITY ? r[i] * JUMP : (hi[i] + lo[i]) / 2;
            }
            // a network goes on while any of its rays is off
            boolean[] off = new boolean[n];
            int networks = Arrays.stream(network).max().orElse(-1) + 1;
            boolean[] networkOff = new boolean[networks];
            for (int i = 0; i < n; i++) {
                networkOff[network[i]] |= active[i] && !converged[i];
            }
            for (int i = 0; i < n; i++) {
                off[i] = active[i] && networkOff[network[i]];
            }
            active = off;
        }
        return new Result(r, converged);
    }
}
