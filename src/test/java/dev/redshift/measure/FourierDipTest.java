package dev.redshift.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FourierDipTest {

    private static final int M = 64;

    private static GridValues grid(java.util.function.DoubleBinaryOperator f) {
        double[] v = new double[M * M];
        for (int i = 0; i < M; i++) {
            for (int j = 0; j < M; j++) {
                v[i * M + j] = f.applyAsDouble(-1 + 2.0 * i / (M - 1), -1 + 2.0 * j / (M - 1));
            }
        }
        return new GridValues(M, 2, v);
    }

    @Test
    void aProfileThatRisesToOnePeakAndFallsHasNoDip() {
        assertThat(FourierDip.dip(new double[] {5, 4, 3, 2, 1})).isZero();
        assertThat(FourierDip.dip(new double[] {1, 2, 5, 2, 1})).isZero();
        assertThat(FourierDip.dip(new double[] {1, 1, 1})).isZero();
    }

    @Test
    void theDipIsTheDeepestValleyBetweenHigherPointsOverThePeak() {
        assertThat(FourierDip.dip(new double[] {4, 1, 3, 2})).isCloseTo(0.5, within(1e-12)); // min(4, 3) − 1 over 4
        assertThat(FourierDip.dip(new double[] {2, 1, 4, 0, 2})).isCloseTo(0.5, within(1e-12)); // min(4, 2) − 0 over 4
    }

    @Test
    void aSmoothFunctionHasAUnimodalSpectrum() {
        assertThat(new FourierDip().measure(grid((x, y) -> x + 0.5 * y)).value()).isLessThan(0.05);
        assertThat(new FourierDip().measure(grid((x, y) -> Math.sin(3 * x) * Math.cos(2 * y))).value()).isLessThan(0.05);
    }

    @Test
    void twoSeparateBandsOfFrequenciesMakeADeepDip() {
        // 2 and 14 cycles across the grid along x: peaks near k = 2 and k = 14, little between
        double dip = new FourierDip().measure(grid((x, y) -> Math.sin(2 * Math.PI * x) + Math.sin(14 * Math.PI * x + 0.3)))
                .value();
        assertThat(dip).isGreaterThan(0.5);
    }

    @Test
    void aConstantFunctionHasNoSpectrum() {
        Complexity c = new FourierDip().measure(grid((x, y) -> 2));
        assertThat(c.isDefined()).isFalse();
        assertThat(c.undefinedReason()).isEqualTo(Grids.CONSTANT_REASON);
    }

    @Test
    void itIsAnExtensionOfTheCatalog() {
        assertThat(MeasureCatalog.byName("fourier-dip", MeasureOptions.DEFAULTS).name()).isEqualTo("fourier-dip");
        assertThat(MeasureCatalog.EXTENSIONS).contains("fourier-dip");
    }
}
