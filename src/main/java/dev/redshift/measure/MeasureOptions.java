package dev.redshift.measure;

import dev.redshift.measure.volume.LocalVolumeOptions;

/**
 * Settings of the measures, with the defaults of DESIGN §3.
 *
 * @param maxOrder N of the polynomial measures
 * @param polynomialMethod fit or quadrature
 * @param border points the quadrature drops on every side
 * @param levels quantisation levels of the LZ measures
 * @param ordering the order the LZ measures read a 2-D grid in (DESIGN §9)
 * @param volume settings of the local-volume measures (DESIGN §9)
 * @param fourierDc whether {@code fourier} counts the DC term: excluded (DESIGN §3, the main text's k = 1..K) or
 *     included (Appendix D's K = [0..m/2]^d)
 */
public record MeasureOptions(int maxOrder, PolynomialMethod polynomialMethod, int border, int levels,
        GridOrdering ordering, LocalVolumeOptions volume, FourierDc fourierDc) {

    /** Settings with fourier's DC term excluded (DESIGN §3). */
    public MeasureOptions(int maxOrder, PolynomialMethod polynomialMethod, int border, int levels,
            GridOrdering ordering, LocalVolumeOptions volume) {
        this(maxOrder, polynomialMethod, border, levels, ordering, volume, FourierDc.EXCLUDE);
    }

    /** Settings of the §3 measures, grids read in rows, the local-volume ones at their defaults. */
    public MeasureOptions(int maxOrder, PolynomialMethod polynomialMethod, int border, int levels) {
        this(maxOrder, polynomialMethod, border, levels, GridOrdering.ROWS, LocalVolumeOptions.DEFAULTS);
    }

    /** Settings with grids read in rows. */
    public MeasureOptions(int maxOrder, PolynomialMethod polynomialMethod, int border, int levels,
            LocalVolumeOptions volume) {
        this(maxOrder, polynomialMethod, border, levels, GridOrdering.ROWS, volume);
    }

    /** DESIGN §3's defaults: N = 20, fit, border 3, 10 levels, rows. */
    public static final MeasureOptions DEFAULTS = new MeasureOptions(
            PolynomialComplexity.DEFAULT_MAX_ORDER, PolynomialMethod.FIT, PolynomialComplexity.DEFAULT_BORDER,
            LzComplexity.DEFAULT_LEVELS);

    public MeasureOptions withMaxOrder(int n) {
        return new MeasureOptions(n, polynomialMethod, border, levels, ordering, volume, fourierDc);
    }

    public MeasureOptions withPolynomialMethod(PolynomialMethod method) {
        return new MeasureOptions(maxOrder, method, border, levels, ordering, volume, fourierDc);
    }

    public MeasureOptions withBorder(int b) {
        return new MeasureOptions(maxOrder, polynomialMethod, b, levels, ordering, volume, fourierDc);
    }

    public MeasureOptions withLevels(int l) {
        return new MeasureOptions(maxOrder, polynomialMethod, border, l, ordering, volume, fourierDc);
    }

    public MeasureOptions withOrdering(GridOrdering o) {
        return new MeasureOptions(maxOrder, polynomialMethod, border, levels, o, volume, fourierDc);
    }

    public MeasureOptions withVolume(LocalVolumeOptions v) {
        return new MeasureOptions(maxOrder, polynomialMethod, border, levels, ordering, v, fourierDc);
    }

    public MeasureOptions withFourierDc(FourierDc dc) {
        return new MeasureOptions(maxOrder, polynomialMethod, border, levels, ordering, volume, dc);
    }
}
