package dev.redshift.measure;

/**
 * Moore–Penrose pseudo-inverse of a full-rank matrix via a QR factorisation by twice-iterated modified
 * Gram–Schmidt ("twice is enough", Giraud et al. 2005), which keeps Q orthogonal to working precision for the
 * moderately conditioned polynomial Vandermonde matrices used here.
 */
final class PseudoInverse {

    private PseudoInverse() {
    }

    /** A⁺ for an r×c matrix A of rank min(r, c); returns a c×r matrix. */
    static double[][] of(double[][] a) {
        int rows = a.length;
        int cols = a[0].length;
        if (rows >= cols) {
            return ofTall(a);
        }
        // A wide matrix: A⁺ = ((Aᵀ)⁺)ᵀ and Aᵀ is tall.
        return transpose(ofTall(transpose(a)));
    }

    /** (R⁻¹ Qᵀ) for a tall A = QR with full column rank. */
    private static double[][] ofTall(double[][] a) {
        int rows = a.length;
        int cols = a[0].length;
        double[][] q = new double[cols][rows]; // columns of Q, stored as rows
        double[][] r = new double[cols][cols];
        for (int j = 0; j < cols; j++) {
            double[] v = new double[rows];
            for (int i = 0; i < rows; i++) {
                v[i] = a[i][j];
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < j; k++) {
                    double d = 0;
                    for (int i = 0; i < rows; i++) {
                        d += q[k][i] * v[i];
                    }
                    r[k][j] += d;
                    for (int i = 0; i < rows; i++) {
                        v[i] -= d * q[k][i];
                    }
                }
            }
            double norm = 0;
            for (double x : v) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            if (!(norm > 0)) {
                throw new IllegalArgumentException("matrix is rank-deficient at column " + j);
            }
            r[j][j] = norm;
            for (int i = 0; i < rows; i++) {
                q[j][i] = v[i] / norm;
            }
        }
        // Solve R X = Qᵀ by back substitution; X is cols×rows.
        double[][] x = new double[cols][rows];
        for (int j = cols - 1; j >= 0; j--) {
            for (int i = 0; i < rows; i++) {
                double s = q[j][i];
                for (int k = j + 1; k < cols; k++) {
                    s -= r[j][k] * x[k][i];
                }
                x[j][i] = s / r[j][j];
            }
        }
        return x;
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }
}
