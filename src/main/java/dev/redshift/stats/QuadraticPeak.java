package dev.redshift.stats;

/**
 * Where the least-squares quadratic through points (x, y) peaks (DESIGN §8's {@code peak}): the vertex when
 * the parabola opens downwards, clipped to the range of x; otherwise the parabola has no maximum inside, and
 * the peak is the x of the largest observed y.
 */
public final class QuadraticPeak {

    private QuadraticPeak() {
    }

    /**
     * The x at the peak; NaN when any y is NaN.
     *
     * @throws IllegalArgumentException when x and y differ in length or x has fewer than three distinct values
     */
    public static double of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " levels for " + y.length + " values");
        }
        for (double v : y) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
        }
        Quadratic q = fit(x, y);
        if (q.c() < 0) {
            return Math.max(q.lo(), Math.min(q.hi(), q.vertex()));
        }
        int best = 0;
        for (int i = 1; i < y.length; i++) {
            if (y[i] > y[best]) {
                best = i;
            }
        }
        return x[best];
    }

    /**
     * A least-squares quadratic a + b·t + c·t² in t = (x − centre)/half, the x range mapped onto [−1, 1].
     *
     * @param lo the smallest x fitted
     * @param hi the largest x fitted
     */
    public record Quadratic(double lo, double hi, double a, double b, double c) {
        /** The fitted value at {@code x}. */
        public double at(double x) {
            double t = (x - (lo + hi) / 2) / ((hi - lo) / 2);
            return a + b * t + c * t * t;
        }

        /** The x of the vertex, unclipped (infinite when the fit is a line). */
        public double vertex() {
            return (lo + hi) / 2 + (hi - lo) / 2 * (-b / (2 * c));
        }
    }

    /**
     * The least-squares quadratic through the points; the fit {@link #of} takes its peak from.
     *
     * @throws IllegalArgumentException when x and y differ in length or x has fewer than three distinct values
     */
    public static Quadratic fit(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " levels for " + y.length + " values");
        }
        if (java.util.Arrays.stream(x).distinct().count() < 3) {
            throw new IllegalArgumentException("a peak needs three or more distinct levels");
        }
        // centred and scaled x keeps the normal equations well conditioned whatever the levels' magnitude
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double centre = (lo + hi) / 2;
        double half = (hi - lo) / 2;
        double[][] a = new double[3][4];
        for (int i = 0; i < x.length; i++) {
            double t = (x[i] - centre) / half;
            double[] basis = {1, t, t * t};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    a[r][c] += basis[r] * basis[c];
                }
                a[r][3] += basis[r] * y[i];
            }
        }
        double[] coef = solve(a);
        return new Quadratic(lo, hi, coef[0], coef[1], coef[2]);
    }

    /** Gaussian elimination with partial pivoting on a 3×4 augmented matrix. */
    private static double[] solve(double[][] a) {
        int n = 3;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c <= n; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        double[] out = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * out[c];
            }
            out[r] = s / a[r][r];
        }
        return out;
    }
}
