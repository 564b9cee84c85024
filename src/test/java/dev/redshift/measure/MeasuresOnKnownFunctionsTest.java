package dev.redshift.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasuresOnKnownFunctionsTest {

    private static final int M = 64;

    private static GridValues grid(java.util.function.IntBinaryOperator unused, Fn f) {
        double[][] y = new double[M][M];
        for (int i = 0; i < M; i++) {
            for (int j = 0; j < M; j++) {
                y[i][j] = f.at(i, j);
            }
        }
        return GridValues.ofRows(y);
    }

    private static GridValues grid(Fn f) {
        return grid(null, f);
    }

    interface Fn {
        double at(int i, int j);
    }

    private static double x(int i) {
        return -1 + 2.0 * i / (M - 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 20, 32})
    void aSingleCosineHasItsFrequencyAsFourierComplexity(int k) {
        GridValues y = grid((i, j) -> Math.cos(2 * Math.PI * k * i / M + 0.3));
        assertThat(new FourierComplexity().measure(y).value()).isCloseTo(k, within(1e-9));
    }

    @Test
    void aDiagonalCosineHasTheNormOfItsFrequencyVector() {
        GridValues y = grid((i, j) -> Math.cos(2 * Math.PI * (3.0 * i + 4.0 * j) / M));
        assertThat(new FourierComplexity().measure(y).value()).isCloseTo(5, within(1e-9));
    }

    @Test
    void aOneDimensionalCosineHasItsFrequency() {
        double[] y = new double[50];
        for (int i = 0; i < y.length; i++) {
            y[i] = 2 + Math.sin(2 * Math.PI * 6 * i / y.length);
        }
        assertThat(new FourierComplexity().measure(GridValues.ofLine(y)).value()).isCloseTo(6, within(1e-9));
    }

    @Test
    void theHannWindowKeepsACosinesFrequency() {
        GridValues y = grid((i, j) -> Math.cos(2 * Math.PI * 8 * j / M));
        // the window spreads the line to its two neighbours, symmetrically
        assertThat(new FourierComplexity(FourierComplexity.Window.HANN).measure(y).value()).isCloseTo(8, within(0.05));
    }

    @Test
    void theHannWindowRemovesTheBoundaryJumpThatDominatesThePlainDft() {
        // a gentle ramp: smooth, but not periodic on the grid
        GridValues ramp = grid((i, j) -> x(i) + 0.5 * x(j));
        assertThat(new FourierComplexity().measure(ramp).value()).isGreaterThan(8);
        assertThat(new FourierComplexity(FourierComplexity.Window.HANN).measure(ramp).value()).isLessThan(2);
        assertThat(MeasureCatalog.byName("fourier-hann", MeasureOptions.DEFAULTS).name()).isEqualTo("fourier-hann");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 13, 20})
    void aChebyshevPolynomialHasItsOrderAsChebyshevComplexity(int n) {
        double[] t = new double[n + 1];
        GridValues y = grid((i, j) -> {
            PolynomialBasis.CHEBYSHEV.evaluate(x(i), t);
            return 7 + t[n];
        });
        assertThat(new PolynomialComplexity(PolynomialBasis.CHEBYSHEV).measure(y).value())
                .isCloseTo(n, within(1e-7));
    }

    @Test
    void aProductOfLegendrePolynomialsHasTheNormOfItsOrders() {
        double[] p = new double[6];
        double[] q = new double[6];
        GridValues y = grid((i, j) -> {
            PolynomialBasis.LEGENDRE.evaluate(x(i), p);
            PolynomialBasis.LEGENDRE.evaluate(x(j), q);
            return p[2] * q[5];
        });
        assertThat(new PolynomialComplexity(PolynomialBasis.LEGENDRE).measure(y).value())
                .isCloseTo(Math.sqrt(29), within(1e-7));
    }

    @Test
    void aMixtureOfOrdersAveragesThemByCoefficientMagnitude() {
        // 2·T1(x) − 1·T3(y): C = (2·1 + 1·3) / (2 + 1)
        GridValues y = grid((i, j) -> 2 * x(i) - (4 * Math.pow(x(j), 3) - 3 * x(j)));
        assertThat(new PolynomialComplexity(PolynomialBasis.CHEBYSHEV).measure(y).value())
                .isCloseTo(5.0 / 3, within(1e-7));
    }

    @Test
    void aConstantFunctionHasNoSpectralComplexityAndSaysWhy() {
        GridValues y = grid((i, j) -> 3.5);
        for (ComplexityMeasure measure : new ComplexityMeasure[] {new FourierComplexity(),
                new PolynomialComplexity(PolynomialBasis.CHEBYSHEV), new PolynomialComplexity(PolynomialBasis.LEGENDRE),
                new PolynomialComplexity(PolynomialBasis.LEGENDRE, 20, PolynomialMethod.QUADRATURE, 3)}) {
            Complexity c = measure.measure(y);
            assertThat(c.value()).as(measure.name()).isNaN();
            assertThat(c.undefinedReason()).as(measure.name()).contains("constant");
        }
    }

    @Test
    void aConstantFunctionIsOnePhraseLongerEachTimeUnderLz() {
        GridValues y = grid((i, j) -> 1);
        // all zeros: 0 | 00 | 000 | ... ; 4096 = 1+2+...+90 + 1 → 90 phrases and a trailing repeat
        assertThat(new LzComplexity().measure(y).value()).isEqualTo(90);
        assertThat(new Lz76Complexity().measure(y).value()).isEqualTo(12.0);
    }

    @Test
    void lz78CountsTheDesignsExamples() {
        assertThat(LzComplexity.phrases(digits("1001111011000010"))).isEqualTo(8);
        assertThat(LzComplexity.phrases(new int[] {1, 2, 3, 1, 2, 4, 5, 1, 2, 3, 4, 5})).isEqualTo(8);
    }

    @Test
    void lz76CountsKasparSchustersExample() {
        // 0 · 001 · 10 · 100 · 1000 · 101
        assertThat(Lz76Complexity.kasparSchuster(digits("0001101001000101"))).isEqualTo(6);
    }

    @Test
    void lz76IsSymmetrisedAndScaledByLog2OfTheLength() {
        int[] s = digits("0001101001000101");
        // reversed: 1 · 0 · 100 · 01001 · 011 · 000, six components as forward; log2(16) · (6 + 6) / 2 = 24
        int[] r = digits("1010001001011000");
        assertThat(Lz76Complexity.kasparSchuster(r)).isEqualTo(6);
        assertThat(Lz76Complexity.symmetrised(s)).isEqualTo(24.0);
        // a string whose reversal parses differently: 0111 is 0 · 1 · 11, 1110 is 1 · 110: log2(4) · (3 + 2) / 2
        assertThat(Lz76Complexity.symmetrised(digits("0111"))).isEqualTo(5.0);
        // a constant string is one component each way: log2(4)
        assertThat(Lz76Complexity.symmetrised(digits("0000"))).isEqualTo(2.0);
    }

    @Test
    void lzMeasuresReadTokenSequencesAsTheyAre() {
        TokenSequence tokens = new TokenSequence(new int[] {50000, 7, 7, 50000, 7, 12});
        // 50000 | 7 | 7 50000 | 7 12
        assertThat(new LzComplexity().measure(tokens).value()).isEqualTo(4);
        assertThat(new FourierComplexity().accepts(tokens)).isFalse();
        assertThatThrownBy(() -> new FourierComplexity().measure(tokens))
                .hasMessageContaining("grids only");
    }

    @Test
    void quantisationUsesEqualBinsOverTheRangeAndClampsTheMaximum() {
        int[] q = new Quantizer(10).quantize(new double[] {0, 0.099, 0.1, 0.55, 0.999, 1});
        assertThat(q).containsExactly(0, 0, 1, 5, 9, 9);
        assertThat(new Quantizer(10).quantize(new double[] {2, 2, 2})).containsExactly(0, 0, 0);
    }

    @Test
    void gridsSmallerThanFourPointsAreRejected() {
        assertThatThrownBy(() -> GridValues.ofLine(new double[] {1, 2, 3}))
                .hasMessageContaining("at least 4 points");
    }

    @Test
    void chebyshevQuadratureRefusesAZeroBorder() {
        assertThatThrownBy(() -> new PolynomialComplexity(PolynomialBasis.CHEBYSHEV, 20, PolynomialMethod.QUADRATURE, 0))
                .hasMessageContaining("border");
    }

    static int[] digits(String s) {
        return s.chars().map(c -> c - '0').toArray();
    }
}
