package dev.redshift.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The two readings of {@code fourier} (the DC term excluded, DESIGN §3; included, Appendix D) against spectra
 * worked out by hand: a constant plus a ramp, a single sinusoid, white noise (a naive DFT).
 */
class FourierReadingsTest {

    private static final FourierComplexity EXCLUDE = new FourierComplexity(FourierComplexity.Window.NONE,
            FourierDc.EXCLUDE);
    private static final FourierComplexity INCLUDE = new FourierComplexity(FourierComplexity.Window.NONE,
            FourierDc.INCLUDE);

    /**
     * y_i = c + i on m points: |F(k)| = m / (2 sin(πk/m)) for k ≠ 0 and |F(0)| = m·|c + (m−1)/2|, so the readings
     * differ by exactly the DC magnitude in the denominator.
     */
    @Test
    void aConstantPlusARampHasTheClosedFormSpectrumUnderBothReadings() {
        int m = 16;
        double c = 3;
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = c + i;
        }
        double weighted = 0;
        double total = 0;
        for (int k = 1; k <= m / 2; k++) {
            double a = 1 / (2 * Math.sin(Math.PI * k / m)); // |F(k)| / m
            weighted += a * k;
            total += a;
        }
        double dc = Math.abs(c + (m - 1) / 2.0); // |F(0)| / m
        assertThat(EXCLUDE.measure(GridValues.ofLine(y)).value()).isCloseTo(weighted / total, within(1e-9));
        assertThat(INCLUDE.measure(GridValues.ofLine(y)).value()).isCloseTo(weighted / (total + dc), within(1e-9));
        // the ramp alone without the constant: exclude does not see the offset, include does
        double[] shifted = y.clone();
        for (int i = 0; i < m; i++) {
            shifted[i] -= c;
        }
        assertThat(EXCLUDE.measure(GridValues.ofLine(shifted)).value()).isCloseTo(weighted / total, within(1e-9));
        assertThat(INCLUDE.measure(GridValues.ofLine(shifted)).value())
                .isCloseTo(weighted / (total + (m - 1) / 2.0), within(1e-9));
    }

    /** a + cos(2π(j1·x + j2·y)/m): |F(j1, j2)| = m²/2, |F(0)| = m²·|a|; C = ‖j‖, or ‖j‖ / (1 + 2|a|) with DC. */
    @Test
    void aSingleSinusoidScoresItsFrequencyOrLessWithItsOffset() {
        int m = 32;
        int j1 = 3;
        int j2 = 4;
        double a = -0.75;
        double[][] y = new double[m][m];
        for (int x = 0; x < m; x++) {
            for (int z = 0; z < m; z++) {
                y[x][z] = a + Math.cos(2 * Math.PI * (j1 * x + j2 * z) / m);
            }
        }
        GridValues grid = GridValues.ofRows(y);
        assertThat(EXCLUDE.measure(grid).value()).isCloseTo(5, within(1e-9));
        assertThat(INCLUDE.measure(grid).value()).isCloseTo(5 / (1 + 2 * Math.abs(a)), within(1e-9));
    }

    /** Both readings agree with a naive DFT summed over [0..m/2]², with and without the k = 0 term. */
    @Test
    void whiteNoiseMatchesANaiveTransformUnderBothReadings() {
        int m = 16;
        Random random = new Random(7);
        double[][] y = new double[m][m];
        for (double[] row : y) {
            for (int j = 0; j < m; j++) {
                row[j] = 0.4 + random.nextGaussian();
            }
        }
        double[] naive = ReferenceMeasures.fourierSums(y, false);
        double[] withDc = ReferenceMeasures.fourierSums(y, true);
        GridValues grid = GridValues.ofRows(y);
        assertThat(EXCLUDE.measure(grid).value()).isCloseTo(naive[0] / naive[1], within(1e-9));
        assertThat(INCLUDE.measure(grid).value()).isCloseTo(withDc[0] / withDc[1], within(1e-9));
        // white noise spreads its mass evenly, so the DC bin is one of (m/2+1)² and moves C only a little
        assertThat(INCLUDE.measure(grid).value()).isLessThan(EXCLUDE.measure(grid).value())
                .isGreaterThan(0.9 * EXCLUDE.measure(grid).value());
    }

    @Test
    void aNonZeroConstantIsAllDcUnderAppendixDsReadingAndUndefinedUnderTheMainTexts() {
        double[] constant = {2, 2, 2, 2, 2, 2, 2, 2};
        assertThat(INCLUDE.measure(GridValues.ofLine(constant)).value()).isZero();
        assertThat(EXCLUDE.measure(GridValues.ofLine(constant)).isDefined()).isFalse();
        assertThat(INCLUDE.measure(GridValues.ofLine(new double[8])).isDefined()).isFalse();
    }

    @Test
    void theCatalogBuildsEachReadingFromTheOptions() {
        double[] ramp = {1, 2, 3, 4, 5, 6, 7, 8};
        MeasureOptions include = MeasureOptions.DEFAULTS.withFourierDc(FourierDc.INCLUDE);
        assertThat(MeasureCatalog.byName("fourier", include).measure(GridValues.ofLine(ramp)).value())
                .isCloseTo(INCLUDE.measure(GridValues.ofLine(ramp)).value(), within(0.0));
        assertThat(MeasureCatalog.byName("fourier", MeasureOptions.DEFAULTS).measure(GridValues.ofLine(ramp))
                .value()).isCloseTo(EXCLUDE.measure(GridValues.ofLine(ramp)).value(), within(0.0));
        assertThat(MeasureOptions.DEFAULTS.fourierDc()).isEqualTo(FourierDc.EXCLUDE);
        assertThatThrownBy(() -> new FourierComplexity(FourierComplexity.Window.HANN, FourierDc.INCLUDE))
                .hasMessageContaining("dc: include is a reading of fourier only");
        assertThat(FourierDc.parse("include")).isEqualTo(FourierDc.INCLUDE);
        assertThatThrownBy(() -> FourierDc.parse("keep")).hasMessage("unknown dc 'keep' — expected one of exclude,"
                + " include");
    }
}
