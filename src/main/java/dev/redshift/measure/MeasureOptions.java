package dev.redshift.measure;

import dev.redshift.measure.volume.LocalVolumeOptions;

/**
 * Settings of the measures, with the defaults of DESIGN §3.
 *
 * @param maxOrder N of the polynomial measures
 * @param polynomialMethod fit or quadrature
 * @param border points the quadrature drops on every side
 * @param levels quantisation levels of the LZ measures
 * @param volume settings of the local-volume measures (DESIGN §9)
 */
public record MeasureOptions(int maxOrder, PolynomialMethod polynomialMethod, int border, int levels,
        LocalVolumeOptions volume) {

    /** Settings of the §3 measures, the local-volume ones at their defaults. */
    public MeasureOptions(int maxOrder, PolynomialMethod polynomialMethod, int border, int levels) {
        this(maxOrder, polynomialMethod, border, levels, LocalVolumeOptions.DEFAULTS);
    }

    /** DESIGN §3's defaults: N = 20, fit, border 3, 10 levels. */
    public static final MeasureOptions DEFAULTS = new MeasureOptions(
            PolynomialComplexity.DEFAULT_MAX_ORDER, PolynomialMethod.FIT, PolynomialComplexity.DEFAULT_BORDER,
            LzComplexity.DEFAULT_LEVELS);

    public MeasureOptions withMaxOrder(int n) {
        return new MeasureOptions(n, polynomialMethod, border, levels, volume);
    }

    public MeasureOptions withPolynomialMethod(PolynomialMethod method) {
        return new MeasureOptions(maxOrder, method, border, levels, volume);
    }

    public MeasureOptions withBorder(int b) {
        return new MeasureOptions(maxOrder, polynomialMethod, b, levels, volume);
    }

    public MeasureOptions withLevels(int l) {
        return new MeasureOptions(maxOrder, polynomialMethod, border, l, volume);
    }

    public MeasureOptions withVolume(LocalVolumeOptions v) {
        return new MeasureOptions(maxOrder, polynomialMethod, border, levels, v);
    }
}
