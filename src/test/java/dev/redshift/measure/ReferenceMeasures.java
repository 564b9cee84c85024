package dev.redshift.measure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A second, deliberately naive implementation of DESIGN §3, written from the text alone: direct DFT sums,
 * normal-equation least squares, phrase sets of strings and the textbook LZ76 definition.
 */
final class ReferenceMeasures {

    private ReferenceMeasures() {
    }

    static double fourier(double[][] y) {
        double[] sums = fourierSums(y, false);
        return sums[0] / sums[1];
    }

    /** {Σ |F(k)|·‖k‖, Σ |F(k)|} over k ∈ [0..m/2]², the k = 0 term counted only when {@code dc}. */
    static double[] fourierSums(double[][] y, boolean dc) {
        int m = y.length;
        double num = 0;
        double den = 0;
        for (int k1 = 0; k1 <= m / 2; k1++) {
            for (int k2 = 0; k2 <= m / 2; k2++) {
                if (k1 == 0 && k2 == 0 && !dc) {
                    continue;
                }
                double re = 0;
                double im = 0;
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < m; j++) {
                        double angle = -2 * Math.PI * ((double) k1 * i + (double) k2 * j) / m;
                        re += y[i][j] * Math.cos(angle);
                        im += y[i][j] * Math.sin(angle);
                    }
                }
                double a = Math.hypot(re, im);
                num += a * Math.sqrt(k1 * k1 + k2 * k2);
                den += a;
            }
        }
        return new double[] {num, den};
    }

    static double[] basis(boolean chebyshev, double x, int n) {
        double[] p = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            p[k] = chebyshev ? Math.cos(k * Math.acos(Math.max(-1, Math.min(1, x)))) : legendre(k, x);
        }
        return p;
    }

    private static double legendre(int n, double x) {
        // Rodrigues-free explicit sum: P_n(x) = 2^-n Σ_k C(n,k)^2 (x-1)^(n-k) (x+1)^k
        double s = 0;
        for (int k = 0; k <= n; k++) {
            double c = binomial(n, k);
            s += c * c * Math.pow(x - 1, n - k) * Math.pow(x + 1, k);
        }
        return s / Math.pow(2, n);
    }

    private static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }

    /** Coefficients by the normal equations (VᵀV) c = Vᵀ Y V (VᵀV)⁻¹ applied on both sides. */
    static double polynomialFit(double[][] y, boolean chebyshev, int n) {
        int m = y.length;
        double[][] v = new double[m][];
        for (int i = 0; i < m; i++) {
            v[i] = basis(chebyshev, -1 + 2.0 * i / (m - 1), n);
        }
        // L = (VᵀV)⁻¹ Vᵀ, computed by Gauss–Jordan.
        int o = n + 1;
        double[][] g = new double[o][2 * o];
        for (int a = 0; a < o; a++) {
            for (int b = 0; b < o; b++) {
                for (int i = 0; i < m; i++) {
                    g[a][b] += v[i][a] * v[i][b];
                }
            }
            g[a][o + a] = 1;
        }
        for (int c = 0; c < o; c++) {
            int p = c;
            for (int r = c + 1; r < o; r++) {
                if (Math.abs(g[r][c]) > Math.abs(g[p][c])) {
                    p = r;
                }
            }
            double[] t = g[c];
            g[c] = g[p];
            g[p] = t;
            double d = g[c][c];
            for (int k = 0; k < 2 * o; k++) {
                g[c][k] /= d;
            }
            for (int r = 0; r < o; r++) {
                if (r != c) {
                    double f = g[r][c];
                    for (int k = 0; k < 2 * o; k++) {
                        g[r][k] -= f * g[c][k];
                    }
                }
            }
        }
        double[][] l = new double[o][m];
        for (int a = 0; a < o; a++) {
            for (int i = 0; i < m; i++) {
                double s = 0;
                for (int b = 0; b < o; b++) {
                    s += g[a][o + b] * v[i][b];
                }
                l[a][i] = s;
            }
        }
        return ratio(project(l, y), n);
    }

    static double polynomialQuadrature(double[][] y, boolean chebyshev, int n, int border) {
        int m = y.length;
        double h = 2.0 / (m - 1);
        double[][] l = new double[n + 1][m];
        for (int i = border; i < m - border; i++) {
            double x = -1 + 2.0 * i / (m - 1);
            double tau = (i == border || i == m - 1 - border) ? h / 2 : h;
            double w = chebyshev ? 1 / Math.sqrt(1 - x * x) : 1;
            double[] p = basis(chebyshev, x, n);
            for (int a = 0; a <= n; a++) {
                double lambda = chebyshev ? (a == 0 ? 1 / Math.PI : 2 / Math.PI) : (2 * a + 1) / 2.0;
                l[a][i] = lambda * tau * w * p[a];
            }
        }
        return ratio(project(l, y), n);
    }

    private static double[][] project(double[][] l, double[][] y) {
        int o = l.length;
        int m = y.length;
        double[][] c = new double[o][o];
        for (int a = 0; a < o; a++) {
            for (int b = 0; b < o; b++) {
                double s = 0;
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < m; j++) {
                        s += l[a][i] * l[b][j] * y[i][j];
                    }
                }
                c[a][b] = s;
            }
        }
        return c;
    }

    private static double ratio(double[][] c, int n) {
        double num = 0;
        double den = 0;
        for (int a = 0; a <= n; a++) {
            for (int b = 0; b <= n; b++) {
                if (a + b > 0) {
                    num += Math.abs(c[a][b]) * Math.sqrt(a * a + b * b);
                    den += Math.abs(c[a][b]);
                }
            }
        }
        return num / den;
    }

    static int[] quantise(double[][] y, int levels) {
        int m = y.length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : y) {
            for (double v : row) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        int[] s = new int[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                s[i + m * j] = hi == lo ? 0 : (int) Math.min(Math.floor((y[i][j] - lo) / (hi - lo) * levels), levels - 1);
            }
        }
        return s;
    }

    static int lz78(int[] s) {
        Set<List<Integer>> dictionary = new HashSet<>();
        List<Integer> phrase = new ArrayList<>();
        for (int symbol : s) {
            phrase.add(symbol);
            if (dictionary.add(List.copyOf(phrase))) {
                phrase.clear();
            }
        }
        return dictionary.size();
    }

    /** Number of components of the exhaustive history (Lempel & Ziv 1976), by substring search. */
    static int lz76Components(int[] s) {
        int n = s.length;
        int c = 0;
        int l = 0;
        while (l < n) {
            int k = 1;
            // extend while s[l, l+k) occurs starting before l (overlap allowed)
            while (l + k <= n && occursBefore(s, l, k)) {
                k++;
            }
            c++;
            l += k;
        }
        return c;
    }

    private static boolean occursBefore(int[] s, int l, int k) {
        for (int p = 0; p < l; p++) {
            boolean match = true;
            for (int q = 0; q < k && match; q++) {
                match = s[p + q] == s[l + q];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
