package dev.redshift.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** No measure turns an infinity or NaN into a number, nor into an exception: each says it has no value. */
class NonFiniteValuesTest {

    private static GridValues gridWith(double bad) {
        double[] y = new double[16 * 16];
        for (int k = 0; k < y.length; k++) {
            y[k] = Math.sin(k * 0.37);
        }
        y[37] = bad;
        return new GridValues(16, 2, y);
    }

    @Test
    void everyMeasureOfAFunctionWithAnInfinityOrNaNIsUndefinedAndSaysWhy() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            for (ComplexityMeasure m : MeasureCatalog.all(MeasureOptions.DEFAULTS)) {
                Complexity c = m.measure(gridWith(bad));
                assertThat(c.isDefined()).as("%s of a grid holding %s", m.name(), bad).isFalse();
                assertThat(c.undefinedReason()).as(m.name()).startsWith("non-finite values");
            }
            assertThat(new LzComplexity().measure(new ValueSequence(new double[] {1, bad, 2})).undefinedReason())
                    .startsWith("non-finite values");
        }
    }

    @Test
    void aGridOfInfinitiesIsNotMistakenForAConstantFunction() {
        double[] y = new double[8 * 8];
        java.util.Arrays.fill(y, Double.POSITIVE_INFINITY);
        Complexity c = MeasureCatalog.byName("fourier", MeasureOptions.DEFAULTS).measure(new GridValues(8, 2, y));
        assertThat(c.undefinedReason()).startsWith("non-finite values");
    }

    @Test
    void theQuantiserRefusesNonFiniteValuesInWords() {
        assertThatThrownBy(() -> new Quantizer(10).quantize(new double[] {0, Double.POSITIVE_INFINITY}))
                .hasMessage("cannot quantise non-finite values (an infinity or NaN)");
    }
}
