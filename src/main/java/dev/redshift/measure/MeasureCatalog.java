package dev.redshift.measure;

import java.util.List;

/** The measures of DESIGN §3 by name. */
public final class MeasureCatalog {

    /** DESIGN §3's measures, in the order output lists them. */
    public static final List<String> NAMES = List.of("fourier", "chebyshev", "legendre", "lz", "lz76");
    /**
     * Measures beyond DESIGN: the Hann-windowed Fourier complexity (see {@link FourierComplexity}) and the dip of
     * the Fourier magnitudes' radial profile (see {@link FourierDip}).
     */
    public static final List<String> EXTENSIONS = List.of("fourier-hann", FourierDip.NAME);

    private MeasureCatalog() {
    }

    /**
     * The measure called {@code name}, configured by {@code options}.
     *
     * @throws IllegalArgumentException naming the allowed measures when {@code name} is unknown
     */
    public static ComplexityMeasure byName(String name, MeasureOptions options) {
        return switch (name) {
            case "fourier" -> new FourierComplexity(FourierComplexity.Window.NONE, options.fourierDc());
            case "fourier-hann" -> new FourierComplexity(FourierComplexity.Window.HANN);
            case FourierDip.NAME -> new FourierDip();
            case "chebyshev" -> polynomial(PolynomialBasis.CHEBYSHEV, options);
            case "legendre" -> polynomial(PolynomialBasis.LEGENDRE, options);
            case "lz" -> new LzComplexity(options.levels(), options.ordering());
            case "lz76" -> new Lz76Complexity(options.levels(), options.ordering());
            default -> throw new IllegalArgumentException("unknown measure '" + name + "' — expected one of "
                    + String.join(", ", NAMES) + ", " + String.join(", ", EXTENSIONS));
        };
    }

    /** Every measure, configured by {@code options}, in {@link #NAMES} order. */
    public static List<ComplexityMeasure> all(MeasureOptions options) {
        return NAMES.stream().map(n -> byName(n, options)).toList();
    }

    private static PolynomialComplexity polynomial(PolynomialBasis basis, MeasureOptions options) {
        return new PolynomialComplexity(basis, options.maxOrder(), options.polynomialMethod(), options.border());
    }
}
