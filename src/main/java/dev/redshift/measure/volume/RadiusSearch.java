package dev.redshift.measure.volume;

import java.util.Arrays;

/**
 * The exact radius search of the {@code local-volume} measure: for every ray, the first r where the cost reaches
 * ε — a halving then doubling scan from a small start brackets the first crossing, and the bracket is narrowed
 * to a relative width {@code rtol} — or ∞ when the cost stays below ε up to the ray's cap. Every step evaluates
 * all the rays still searching in one {@link RayCosts} call.
 *
 * <p>Narrowing evaluates two points per ray per step, both inside the bracket, so the bracket always keeps
 * cost &lt; ε at its low end and ≥ ε at its high end (what bisection keeps): the points ±0.45·rtol around the
 * secant estimate in (log r, log C) — a cost that grows like a power of r near its crossing, as KL and MSE do
 * (∝ r² for smooth networks), is then bracketed within rtol in two or three steps instead of bisection's twenty
 * — or, when the last step did not halve the bracket or a cost is not positive, the two points that cut it in
 * thirds.
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
        double[] costLo = new double[n];
        double[] costHi = new double[n];
        // shrink each start until the cost is below ε there, so the scan begins before the first crossing
        boolean[] active = filled(n, true);
        for (int step = 0; step <= MAX_HALVINGS && any(active); step++) {
            int[] rays = indices(active);
            double[] c = costs.at(rays, pick(lo, rays));
            for (int j = 0; j < rays.length; j++) {
                int i = rays[j];
                if (c[j] >= epsilon) {
                    hi[i] = lo[i];
                    costHi[i] = c[j];
                    lo[i] = step < MAX_HALVINGS ? lo[i] / 2 : 0;
                    active[i] = step < MAX_HALVINGS;
                } else {
                    costLo[i] = c[j];
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
                    costHi[i] = c[j];
                    active[i] = false;
                } else {
                    lo[i] = r[j];
                    costLo[i] = c[j];
                    active[i] = lo[i] <= caps[i];
                }
            }
        }
        // narrowing of every finite bracket, two points per ray per step (see the class comment)
        boolean[] bisect = new boolean[n];
        for (int i = 0; i < n; i++) {
            // lo = 0: the cost exceeded ε at every halving, so the radius is 0 to the scan's resolution
            active[i] = lo[i] > 0 && hi[i] < Double.POSITIVE_INFINITY && hi[i] - lo[i] > rtol * hi[i];
        }
        while (any(active)) {
            int[] rays = indices(active);
            int[] twice = new int[2 * rays.length];
            double[] points = new double[2 * rays.length];
            for (int j = 0; j < rays.length; j++) {
                int i = rays[j];
                double width = hi[i] - lo[i];
                double a;
                double b;
                if (bisect[i] || !(costLo[i] > 0) || !(costHi[i] >= epsilon)) {
                    a = lo[i] + width / 3;
                    b = lo[i] + 2 * width / 3;
                } else {
                    double guess = secant(lo[i], costLo[i], hi[i], costHi[i]);
                    a = Math.max(guess * (1 - 0.45 * rtol), lo[i] + 1e-3 * width);
                    b = Math.min(guess * (1 + 0.45 * rtol), hi[i] - 1e-3 * width);
                    if (!(a < b)) {
                        a = lo[i] + width / 3;
                        b = lo[i] + 2 * width / 3;
                    }
                }
                twice[2 * j] = i;
                twice[2 * j + 1] = i;
                points[2 * j] = a;
                points[2 * j + 1] = b;
            }
            double[] c = costs.at(twice, points);
            for (int j = 0; j < rays.length; j++) {
                int i = rays[j];
                double before = hi[i] - lo[i];
                if (c[2 * j] >= epsilon) {
                    hi[i] = points[2 * j];
                    costHi[i] = c[2 * j];
                } else {
                    lo[i] = points[2 * j];
                    costLo[i] = c[2 * j];
                    if (c[2 * j + 1] >= epsilon) {
                        hi[i] = points[2 * j + 1];
                        costHi[i] = c[2 * j + 1];
                    } else {
                        lo[i] = points[2 * j + 1];
                        costLo[i] = c[2 * j + 1];
                    }
                }
                // a guess that did not halve the bracket is not trusted for the next step
                bisect[i] = hi[i] - lo[i] > 0.5 * before;
                active[i] = hi[i] - lo[i] > rtol * hi[i];
            }
        }
        return hi;
    }

    /** Where the line through (log r, log C) at the two ends reaches log ε. */
    private double secant(double lo, double costLo, double hi, double costHi) {
        double yl = Math.log(costLo / epsilon);
        double yh = Math.log(costHi / epsilon);
        double t = yh <= yl ? 0.5 : -yl / (yh - yl);
        return Math.exp(Math.log(lo) + t * (Math.log(hi) - Math.log(lo)));
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
