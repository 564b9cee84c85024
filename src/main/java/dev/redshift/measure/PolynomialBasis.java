package dev.redshift.measure;

/** The orthogonal polynomial families of DESIGN §3, with what the quadrature recipe needs of each. */
public enum PolynomialBasis {
    /** Chebyshev polynomials of the first kind T_n, weight 1/sqrt(1 − x²), λ₀ = 1/π, λ_n = 2/π. */
    CHEBYSHEV("chebyshev") {
        @Override
        void evaluate(double x, double[] out) {
            out[0] = 1;
            if (out.length > 1) {
                out[1] = x;
            }
            for (int n = 2; n < out.length; n++) {
                out[n] = 2 * x * out[n - 1] - out[n - 2];
            }
        }

        @Override
        double weight(double x) {
            return 1 / Math.sqrt(1 - x * x);
        }

        @Override
        double normalisation(int n) {
            return n == 0 ? 1 / Math.PI : 2 / Math.PI;
        }
    },
    /** Legendre polynomials P_n, weight 1, λ_n = (2n + 1)/2. */
    LEGENDRE("legendre") {
        @Override
        void evaluate(double x, double[] out) {
            out[0] = 1;
            if (out.length > 1) {
                out[1] = x;
            }
            for (int n = 2; n < out.length; n++) {
                out[n] = ((2 * n - 1) * x * out[n - 1] - (n - 1) * out[n - 2]) / n;
            }
        }

        @Override
        double weight(double x) {
            return 1;
        }

        @Override
        double normalisation(int n) {
            return (2 * n + 1) / 2.0;
        }
    };

    private final String measureName;

    PolynomialBasis(String measureName) {
        this.measureName = measureName;
    }

    /** The measure's name in specs and output. */
    public String measureName() {
        return measureName;
    }

    /** Fills {@code out[n] = P_n(x)} for n = 0..out.length−1 by the three-term recurrence. */
    abstract void evaluate(double x, double[] out);

    /** The orthogonality weight w(x). */
    abstract double weight(double x);

    /** λ_n, the inverse of the squared norm of P_n under w. */
    abstract double normalisation(int n);
}
