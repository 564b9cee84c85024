package dev.redshift.measure.volume;

import java.util.Arrays;

/**
 * The exact radius search of the {@code local-volume} measure: for every ray, the first r where the cost reaches
 * ε — a halving then doubling scan from a small start brackets the first crossing, and bisection narrows the
 * bracket to a relative width {@code rtol} — or ∞ when the cost stays below ε up to the ray's cap. Every step
 * evaluates all the rays still searching in one {@link RayCosts} call.
 *
 * <p>"First" holds up to the scan's resolution: a cost that rises above ε and falls back between two doubling
 * points is not seen, as in any search that does not evaluate every r.
 */
public final class RadiusSearch {

    /** Halvings of the start before a ray whose cost exceeds ε at every tried radius is given radius 0. */
    private static final int MAX_HALVINGS = 60;

    private final double epsilon;
    private final double rtol;

    /**
     * @param epsilon the cost threshold ε, positive
     * @param rtol the relative width at which bisection stops, in (0, 1)
     */
    public RadiusSearch(double epsilon, double rtol) {
        if (!(epsilon > 0) || !(rtol > 0 && rtol < 1)) {
            throw new IllegalArgumentException("radius search needs epsilon > 0 and 0 < rtol < 1, got " + epsilon
                    + ", " + rtol);
        }
        this.epsilon = epsilon;
        this.rtol = rtol;
    }

    /**
     * The radius of every ray.
     *
     * @param costs evaluates rays
     * @param starts the first radius tried on each ray, positive
     * @param caps beyond this radius a ray's radius is ∞
     * @return r_i, {@code Double.POSITIVE_INFINITY} for rays that never reach ε below their cap
     */
    public double[] radii(RayCosts costs, double[] starts, double[] caps) {
        int n = starts.length;
        double[] lo = starts.clone();
        double[] hi = new double[n];
        Arrays.fill(hi, Double.POSITIVE_INFINITY);
        // shrink each start until the cost is below ε there, so the scan begins before the first crossing
        boolean[] active = filled(n, true);
        for (int step = 0; step <= MAX_HALVINGS && any(active); step++) {
            int[] rays = indices(active);
            double[] c = costs.at(rays, pick(lo, rays));
            for (int j = 0; j < rays.length; j++) {
                int i = rays[j];
                if (c[j] >= epsilon && step < MAX_HALVINGS) {
                    hi[i] = lo[i];
                    lo[i] /= 2;
                } else if (c[j] >= epsilon) {
                    hi[i] = lo[i];
                    lo[i] = 0;
                    active[i] = false;
                } else {
                    active[i] = false;
                }
            }
        }
        // doubling scan until the cost reaches ε (or the bracket from the halving already holds the crossing)
        for (int i = 0; i < n; i++) {
            active[i] = hi[i] == Double.POSITIVE_INFINITY && lo[i] <= caps[i];
        }
        while (any(active)) {
            int[] rays = indices(active);
            double[] r = new double[rays.length];
            for (int j = 0; j < rays.length; j++) {
                r[j] = 2 * lo[rays[j]];
            }
            double[] c = costs.at(rays, r);
            for (int j = 0; j < rays.length; j++) {
                int i = rays[j];
                if (c[j] >= epsilon) {
                    hi[i] = r[j];
                    active[i] = false;
                } else {
                    lo[i] = r[j];
                    active[i] = lo[i] <= caps[i];
                }
            }
        }
        // bisection of every finite bracket
        for (int i = 0; i < n; i++) {
            // lo = 0: the cost exceeded ε at every halving, so the radius is 0 to the scan's resolution
            active[i] = lo[i] > 0 && hi[i] < Double.POSITIVE_INFINITY && hi[i] - lo[i] > rtol * hi[i];
        }
        while (any(active)) {
            int[] rays = indices(active);
            double[] mid = new double[rays.length];
            for (int j = 0; j < rays.length; j++) {
                mid[j] = (lo[rays[j]] + hi[rays[j]]) / 2;
            }
            double[] c = costs.at(rays, mid);
            for (int j = 0; j < rays.length; j++) {
                int i = rays[j];
                if (c[j] >= epsilon) {
                    hi[i] = mid[j];
                } else {
                    lo[i] = mid[j];
                }
                active[i] = hi[i] - lo[i] > rtol * hi[i];
            }
        }
        return hi;
    }

    static boolean[] filled(int n, boolean value) {
        boolean[] out = new boolean[n];
        Arrays.fill(out, value);
        return out;
    }

    static boolean any(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }

    static int[] indices(boolean[] flags) {
        int count = 0;
        for (boolean f : flags) {
            count += f ? 1 : 0;
        }
        int[] out = new int[count];
        for (int i = 0, j = 0; i < flags.length; i++) {
            if (flags[i]) {
                out[j++] = i;
            }
        }
        return out;
    }

    static double[] pick(double[] values, int[] at) {
        double[] out = new double[at.length];
        for (int j = 0; j < at.length; j++) {
            out[j] = values[at[j]];
        }
        return out;
    }
}
