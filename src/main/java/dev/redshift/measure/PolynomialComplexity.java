package dev.redshift.measure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polynomial complexity (DESIGN §3, measures {@code chebyshev} and {@code legendre}): coefficients c of the
 * tensor-product basis P_{n1}(x) P_{n2}(y), n ≤ N, then {@code C = Σ |c|·‖(n1, n2)‖₂ / Σ |c|} with c₀₀
 * excluded. Both methods are a linear projection c = M · Y · Mᵀ with an (N+1)×m matrix M, computed once per
 * grid size.
 */
public final class PolynomialComplexity implements ComplexityMeasure {

    /** Default maximum order N. */
    public static final int DEFAULT_MAX_ORDER = 20;
    /** Default number of border points the quadrature drops on every side. */
    public static final int DEFAULT_BORDER = 3;

    private final PolynomialBasis basis;
    private final int maxOrder;
    private final PolynomialMethod method;
    private final int border;
    private final Map<Integer, double[][]> projectors = new ConcurrentHashMap<>();
    private final Map<Integer, double[]> transposedProjectors = new ConcurrentHashMap<>();

    /**
     * @param basis Chebyshev or Legendre
     * @param maxOrder N, the highest order per axis (at least 1)
     * @param method least-squares fit or the paper's quadrature
     * @param border points dropped on every side by the quadrature (ignored by the fit)
     */
    public PolynomialComplexity(PolynomialBasis basis, int maxOrder, PolynomialMethod method, int border) {
        if (maxOrder < 1) {
            throw new IllegalArgumentException("maxOrder must be at least 1, got " + maxOrder);
        }
        if (border < 0) {
            throw new IllegalArgumentException("border must be 0 or more, got " + border);
        }
        if (method == PolynomialMethod.QUADRATURE && basis == PolynomialBasis.CHEBYSHEV && border < 1) {
            throw new IllegalArgumentException(
                    "chebyshev quadrature needs border ≥ 1: its weight 1/sqrt(1 − x²) is infinite at ±1");
        }
        this.basis = basis;
        this.maxOrder = maxOrder;
        this.method = method;
        this.border = border;
    }

    /** The default measure of a basis: fit, N = 20. */
    public PolynomialComplexity(PolynomialBasis basis) {
        this(basis, DEFAULT_MAX_ORDER, PolynomialMethod.FIT, DEFAULT_BORDER);
    }

    @Override
    public String name() {
        return basis.measureName();
    }

    @Override
    public boolean accepts(Observation observation) {
        return observation instanceof GridValues;
    }

    @Override
    public Complexity measure(Observation observation) {
        GridValues grid = Grids.require(observation, this);
        if (Grids.isConstant(grid)) {
            return Complexity.undefined(Grids.CONSTANT_REASON);
        }
        int m = grid.size();
        if (method == PolynomialMethod.QUADRATURE && m - 2 * border < 2) {
            throw new IllegalArgumentException("a " + m + "-point grid leaves fewer than 2 points after dropping "
                    + border + " border points on each side");
        }
        double[][] projector = projectors.computeIfAbsent(m, this::projector);
        // A fit with at least N+1 points reproduces constants exactly, so centring only moves c₀₀; neither the
        // quadrature nor an under-determined (minimum-norm) fit does.
        boolean reproducesConstants = method == PolynomialMethod.FIT && m > maxOrder;
        double[] y = reproducesConstants ? Grids.centred(grid.values()) : grid.values();
        return grid.dims() == 1 ? complexity1d(projector, y) : complexity2d(projector, y, m);
    }

    private Complexity complexity1d(double[][] projector, double[] y) {
        double weighted = 0;
        double total = 0;
        for (int n = 1; n <= maxOrder; n++) {
            double c = Math.abs(dot(projector[n], y));
            weighted += c * n;
            total += c;
        }
        return ratio(weighted, total);
    }

    private Complexity complexity2d(double[][] projector, double[] y, int m) {
        int orders = maxOrder + 1;
        double[] transposed = transposedProjectors.computeIfAbsent(m, size -> transpose(projector, size));
        // z[a][j] = Σ_i M[a][i] Y[i][j], then c[a][b] = Σ_j z[a][j] M[b][j]: both as running sums along the
        // innermost contiguous axis, which the JIT turns into vector instructions (dot products it cannot).
        double[] z = new double[orders * m];
        for (int a = 0; a < orders; a++) {
            double[] ma = projector[a];
            int zRow = a * m;
            for (int i = 0; i < m; i++) {
                double w = ma[i];
                int row = i * m;
                for (int j = 0; j < m; j++) {
                    z[zRow + j] += w * y[row + j];
                }
            }
        }
        double weighted = 0;
        double total = 0;
        double[] c = new double[orders];
        for (int a = 0; a < orders; a++) {
            java.util.Arrays.fill(c, 0);
            int zRow = a * m;
            for (int j = 0; j < m; j++) {
                double w = z[zRow + j];
                int column = j * orders;
                for (int b = 0; b < orders; b++) {
                    c[b] += w * transposed[column + b];
                }
            }
            for (int b = 0; b < orders; b++) {
                if (a == 0 && b == 0) {
                    continue;
                }
                double magnitude = Math.abs(c[b]);
                weighted += magnitude * Math.sqrt((double) a * a + (double) b * b);
                total += magnitude;
            }
        }
        return ratio(weighted, total);
    }

    /** Mᵀ flattened: element (j, b) at j·(N+1) + b. */
    private static double[] transpose(double[][] projector, int m) {
        int orders = projector.length;
        double[] t = new double[m * orders];
        for (int b = 0; b < orders; b++) {
            for (int j = 0; j < m; j++) {
                t[j * orders + b] = projector[b][j];
            }
        }
        return t;
    }

    private static Complexity ratio(double weighted, double total) {
        if (!Double.isFinite(total) || !Double.isFinite(weighted)) {
            // an infinity or NaN among the values spreads to the coefficients: caught here, at no cost per value
            return Complexity.undefined(Grids.NON_FINITE_REASON);
        }
        return total > 0 ? Complexity.of(weighted / total)
                : Complexity.undefined("all coefficients but the constant term are zero");
    }

    private double[][] projector(int m) {
        double[] x = gridPoints(m);
        return method == PolynomialMethod.FIT ? PseudoInverse.of(vandermonde(x)) : quadrature(x);
    }

    private double[][] vandermonde(double[] x) {
        double[][] v = new double[x.length][maxOrder + 1];
        for (int i = 0; i < x.length; i++) {
            basis.evaluate(x[i], v[i]);
        }
        return v;
    }

    private double[][] quadrature(double[] x) {
        int m = x.length;
        double h = x[1] - x[0];
        double[][] projector = new double[maxOrder + 1][m];
        double[] p = new double[maxOrder + 1];
        for (int i = border; i < m - border; i++) {
            double trapezoid = (i == border || i == m - 1 - border) ? h / 2 : h;
            basis.evaluate(x[i], p);
            double w = trapezoid * basis.weight(x[i]);
            for (int n = 0; n <= maxOrder; n++) {
                projector[n][i] = basis.normalisation(n) * w * p[n];
            }
        }
        return projector;
    }

    /** The grid of DESIGN §3: x_i = −1 + 2i/(m−1). */
    static double[] gridPoints(int m) {
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = -1 + 2.0 * i / (m - 1);
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
