package dev.redshift.measure;

/**
 * Settings of the measures, with the defaults of DESIGN §3.
 *
 * @param maxOrder N of the polynomial measures
 * @param polynomialMethod fit or quadrature
 * @param border points the quadrature drops on every side
 * @param levels quantisation levels of the LZ measures
 */
public record MeasureOptions(int maxOrder, PolynomialMethod polynomialMethod, int border, int levels) {

    /** DESIGN §3's defaults: N = 20, fit, border 3, 10 levels. */
    public static final MeasureOptions DEFAULTS = new MeasureOptions(
            PolynomialComplexity.DEFAULT_MAX_ORDER, PolynomialMethod.FIT, PolynomialComplexity.DEFAULT_BORDER,
            LzComplexity.DEFAULT_LEVELS);

    public MeasureOptions withMaxOrder(int n) {
        return new MeasureOptions(n, polynomialMethod, border, levels);
    }

    public MeasureOptions withPolynomialMethod(PolynomialMethod method) {
        return new MeasureOptions(maxOrder, method, border, levels);
    }

    public MeasureOptions withBorder(int b) {
        return new MeasureOptions(maxOrder, polynomialMethod, b, levels);
    }

    public MeasureOptions withLevels(int l) {
        return new MeasureOptions(maxOrder, polynomialMethod, border, l);
    }
}
