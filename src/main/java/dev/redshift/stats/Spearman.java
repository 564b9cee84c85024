package dev.redshift.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Spearman's rank correlation with average ranks for ties. */
public final class Spearman {

    private Spearman() {
    }

    /** ρ_s of the first n pairs (x[k], y[k]); NaN when either side is constant. */
    public static double correlation(double[] x, double[] y, int n) {
        double[] rx = ranks(x, n);
        double[] ry = ranks(y, n);
        double mx = (n + 1) / 2.0;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int k = 0; k < n; k++) {
            double a = rx[k] - mx;
            double b = ry[k] - mx;
            sxy += a * b;
            sxx += a * a;
            syy += b * b;
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    static double[] ranks(double[] v, int n) {
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(k -> v[k]));
        double[] r = new double[n];
        for (int start = 0; start < n; ) {
            int end = start;
            while (end + 1 < n && v[order[end + 1]] == v[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                r[order[k]] = rank;
            }
            start = end + 1;
        }
        return r;
    }
}
