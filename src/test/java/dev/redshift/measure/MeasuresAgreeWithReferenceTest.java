package dev.redshift.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The production measures against the naive {@link ReferenceMeasures} on arbitrary grids. */
class MeasuresAgreeWithReferenceTest {

    private static final double RELATIVE = 1e-5;

    static Stream<Arguments> grids() {
        return Stream.of(
                Arguments.of("smooth 64", smooth(64, 0, 1)),
                Arguments.of("smooth 17 with offset 1e6", smooth(17, 1e6, 2)),
                Arguments.of("noise 33", noise(33, 0, 3)),
                Arguments.of("noise 64 with offset -5e4", noise(64, -5e4, 4)),
                Arguments.of("smooth 40", smooth(40, 3, 5)),
                Arguments.of("noise 7", noise(7, 0.5, 6)));
    }

    private static double[][] smooth(int m, double offset, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double a = r.nextDouble(1, 4);
        double b = r.nextDouble(1, 4);
        double[][] y = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double u = -1 + 2.0 * i / (m - 1);
                double v = -1 + 2.0 * j / (m - 1);
                y[i][j] = offset + Math.tanh(a * u - b * v * v) + 0.3 * Math.sin(5 * u * v);
            }
        }
        return y;
    }

    private static double[][] noise(int m, double offset, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] y = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                y[i][j] = offset + r.nextGaussian();
            }
        }
        return y;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grids")
    void fourierAgrees(String name, double[][] y) {
        assertRelative(new FourierComplexity().measure(GridValues.ofRows(y)).value(), ReferenceMeasures.fourier(y));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grids")
    void polynomialFitsAgree(String name, double[][] y) {
        int n = Math.min(20, y.length - 1);
        for (PolynomialBasis basis : PolynomialBasis.values()) {
            double actual = new PolynomialComplexity(basis, n, PolynomialMethod.FIT, 3)
                    .measure(GridValues.ofRows(y)).value();
            double expected = ReferenceMeasures.polynomialFit(
                    centre(y), basis == PolynomialBasis.CHEBYSHEV, n);
            assertRelative(actual, expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grids")
    void polynomialQuadraturesAgree(String name, double[][] y) {
        int border = y.length > 10 ? 3 : 1;
        for (PolynomialBasis basis : PolynomialBasis.values()) {
            double actual = new PolynomialComplexity(basis, 20, PolynomialMethod.QUADRATURE, border)
                    .measure(GridValues.ofRows(y)).value();
            double expected = ReferenceMeasures.polynomialQuadrature(y, basis == PolynomialBasis.CHEBYSHEV, 20, border);
            assertRelative(actual, expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grids")
    void lzMeasuresAgree(String name, double[][] y) {
        GridValues grid = GridValues.ofRows(y);
        int[] symbols = ReferenceMeasures.quantise(y, 10);
        assertThat(new LzComplexity().measure(grid).value()).isEqualTo(ReferenceMeasures.lz78(symbols));
        int[] reversed = new int[symbols.length];
        for (int k = 0; k < symbols.length; k++) {
            reversed[k] = symbols[symbols.length - 1 - k];
        }
        double log2n = Math.log(symbols.length) / Math.log(2);
        double expected = log2n * (ReferenceMeasures.lz76Components(symbols)
                + ReferenceMeasures.lz76Components(reversed)) / 2.0;
        assertRelative(new Lz76Complexity().measure(grid).value(), expected);
    }

    /** Subtracting the first value is a shift the least-squares fit absorbs in c₀₀; it keeps the naive
     *  normal equations out of cancellation trouble at large offsets. */
    private static double[][] centre(double[][] y) {
        double shift = y[0][0];
        double[][] out = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i].clone();
            for (int j = 0; j < y.length; j++) {
                out[i][j] -= shift;
            }
        }
        return out;
    }

    private static void assertRelative(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
    }
}
