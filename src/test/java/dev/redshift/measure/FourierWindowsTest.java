package dev.redshift.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code fourier} and {@code fourier-hann} against direct DFT sums on values with a mean and no symmetry (so that
 * centring, the window and the imaginary parts all count), in one and two dimensions, and on values so large that
 * their squared magnitudes overflow; and {@code fourier-dip}'s radial profile shell by shell.
 */
class FourierWindowsTest {

    private static double[] randomValues(long seed, int n, double mean) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = mean + r.nextDouble(-1, 1);
        }
        return v;
    }

    private static double hann(int i, int m) {
        return 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (m - 1));
    }

    private static double[] centred(double[] v) {
        double mean = java.util.Arrays.stream(v).average().orElseThrow();
        return java.util.Arrays.stream(v).map(x -> x - mean).toArray();
    }

    /** Σ_{k=1..m/2} |F(k)|·k / Σ_{k=1..m/2} |F(k)| by direct sums. */
    private static double fourier1d(double[] y) {
        int m = y.length;
        double num = 0;
        double den = 0;
        for (int k = 1; k <= m / 2; k++) {
            double re = 0;
            double im = 0;
            for (int i = 0; i < m; i++) {
                re += y[i] * Math.cos(-2 * Math.PI * k * i / m);
                im += y[i] * Math.sin(-2 * Math.PI * k * i / m);
            }
            double a = Math.hypot(re, im);
            num += a * k;
            den += a;
        }
        return num / den;
    }

    @Test
    void oneDimensionalFourierIsTheDirectSum() {
        double[] v = randomValues(3, 16, 2.5);
        double expected = fourier1d(centred(v));
        assertThat(new FourierComplexity().measure(GridValues.ofLine(v)).value()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void oneDimensionalHannWindowsTheCentredValues() {
        double[] v = randomValues(4, 16, 2.5);
        double[] c = centred(v);
        for (int i = 0; i < c.length; i++) {
            c[i] *= hann(i, c.length);
        }
        double measured = new FourierComplexity(FourierComplexity.Window.HANN).measure(GridValues.ofLine(v)).value();
        assertThat(measured).isCloseTo(fourier1d(c), within(1e-9));
        assertThat(measured).isNotCloseTo(fourier1d(centred(v)), within(1e-3));
    }

    @Test
    void twoDimensionalHannWindowsEachAxisOfTheCentredValues() {
        int m = 12;
        double[] v = randomValues(5, m * m, -3);
        double[] c = centred(v);
        double[][] windowed = new double[m][m];
        double[][] plain = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                windowed[i][j] = c[i * m + j] * hann(i, m) * hann(j, m);
                plain[i][j] = c[i * m + j];
            }
        }
        GridValues grid = new GridValues(m, 2, v);
        assertThat(new FourierComplexity(FourierComplexity.Window.HANN).measure(grid).value())
                .isCloseTo(ReferenceMeasures.fourier(windowed), within(1e-9));
        assertThat(new FourierComplexity().measure(grid).value()).isCloseTo(ReferenceMeasures.fourier(plain),
                within(1e-9));
    }

    @Test
    void valuesWhoseSquaredMagnitudesOverflowMeasureAsTheirScaledCopy() {
        int m = 8;
        double[] v = randomValues(6, m * m, 0.3);
        double[] huge = java.util.Arrays.stream(v).map(x -> x * 1e300).toArray();
        for (FourierComplexity f : new FourierComplexity[] {new FourierComplexity(),
                new FourierComplexity(FourierComplexity.Window.HANN)}) {
            Complexity small = f.measure(new GridValues(m, 2, v));
            Complexity large = f.measure(new GridValues(m, 2, huge));
            assertThat(large.isDefined()).as(f.name()).isTrue();
            assertThat(large.value()).as(f.name()).isCloseTo(small.value(), within(1e-9));
        }
    }

    @Test
    void theDipReadsOnlyTwoDimensionalGrids() {
        FourierDip dip = new FourierDip();
        assertThat(dip.accepts(new GridValues(8, 2, randomValues(7, 64, 0)))).isTrue();
        assertThat(dip.accepts(GridValues.ofLine(randomValues(7, 8, 0)))).isFalse();
        assertThat(dip.accepts(new ValueSequence(new double[] {1, 2, 3}))).isFalse();
        assertThat(dip.accepts(new TokenSequence(new int[] {1, 2, 3}))).isFalse();
    }

    @Test
    void theRadialProfileSumsEachShellOfRoundedNormOneToHalfTheGrid() {
        int m = 8; // k1, k2 = 0..4, shells r = 1..4
        int kept = m / 2 + 1;
        double[] magnitudes = new double[kept * kept];
        magnitudes[0] = 100; // DC: left out
        magnitudes[1] = 1; // (0, 1): r = 1
        magnitudes[kept] = 2; // (1, 0): r = 1
        magnitudes[kept + 2] = 4; // (1, 2): √5 ≈ 2.24, r = 2
        magnitudes[2 * kept + 1] = 8; // (2, 1): r = 2
        magnitudes[2 * kept + 2] = 16; // (2, 2): √8 ≈ 2.83, r = 3
        magnitudes[4 * kept] = 32; // (4, 0): r = 4 = m/2, kept
        magnitudes[3 * kept + 3] = 64; // (3, 3): √18 ≈ 4.24, r = 4
        magnitudes[4 * kept + 3] = 1000; // (4, 3): r = 5, a corner beyond m/2: left out
        magnitudes[4 * kept + 4] = 1000; // (4, 4): r = 6, left out
        assertThat(FourierDip.radialProfile(magnitudes, m)).containsExactly(3, 12, 16, 96);
    }

    @Test
    void aProfileWithoutMassHasNoDipAndOneWithAnUndefinedValueHasNoneDefined() {
        assertThat(FourierDip.dip(new double[] {0, 0, 0})).isZero();
        assertThat(FourierDip.dip(new double[] {1, Double.NaN, 2})).isNaN();
        assertThat(FourierDip.dip(new double[] {-1, -2})).isNaN();
    }

    @Test
    void aGridWithAnInfinityHasNoDip() {
        double[] v = randomValues(8, 64, 0);
        v[10] = Double.POSITIVE_INFINITY;
        Complexity c = new FourierDip().measure(new GridValues(8, 2, v));
        assertThat(c.isDefined()).isFalse();
        assertThat(c.undefinedReason()).isEqualTo(Grids.NON_FINITE_REASON);
    }
}
