package dev.redshift.measure;

/**
 * Settings of the measures, with the defaults of DESIGN §3.
 *
 * @param maxOrder N of the polynomial measures
 * @param polynomialMethod fit or quadrature
 * @param border points the quadrature drops on every side
 * @param levels quantisation levels of the LZ measures
 * @param ordering the order the LZ measures read a 2-D grid in
 */
public record MeasureOptions(int maxOrder, PolynomialMethod polynomialMethod, int border, int levels,
        GridOrdering ordering) {

    /** DESIGN §3's defaults: N = 20, fit, border 3, 10 levels, rows. */
    public static final MeasureOptions DEFAULTS = new MeasureOptions(
            PolynomialComplexity.DEFAULT_MAX_ORDER, PolynomialMethod.FIT, PolynomialComplexity.DEFAULT_BORDER,
            LzComplexity.DEFAULT_LEVELS, GridOrdering.ROWS);

    /** Options with grids read in rows. */
    public MeasureOptions(int maxOrder, PolynomialMethod polynomialMethod, int border, int levels) {
        this(maxOrder, polynomialMethod, border, levels, GridOrdering.ROWS);
    }

    public MeasureOptions withMaxOrder(int n) {
        return new MeasureOptions(n, polynomialMethod, border, levels, ordering);
    }

    public MeasureOptions withPolynomialMethod(PolynomialMethod method) {
        return new MeasureOptions(maxOrder, method, border, levels, ordering);
    }

    public MeasureOptions withBorder(int b) {
        return new MeasureOptions(maxOrder, polynomialMethod, b, levels, ordering);
    }

    public MeasureOptions withLevels(int l) {
        return new MeasureOptions(maxOrder, polynomialMethod, border, l, ordering);
    }

    public MeasureOptions withOrdering(GridOrdering o) {
        return new MeasureOptions(maxOrder, polynomialMethod, border, levels, o);
    }
}
