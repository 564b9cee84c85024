package dev.redshift.measure.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.gamma.RegularizedGamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IncompleteGammaEdgesTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN})
    void logGammaRefusesNonPositiveArguments(double x) {
        assertThatThrownBy(() -> IncompleteGamma.logGamma(x)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x > 0");
    }

    @Test
    void logGammaOfSmallIntegersIsTheLogFactorial() {
        // Γ(n) = (n−1)!
        assertThat(IncompleteGamma.logGamma(1)).isCloseTo(0, within(1e-13));
        assertThat(IncompleteGamma.logGamma(2)).isCloseTo(0, within(1e-13));
        assertThat(IncompleteGamma.logGamma(5)).isCloseTo(Math.log(24), within(1e-13));
        // Γ(1/2) = √π, Γ(1/4)·Γ(3/4) = π√2 (reflection)
        assertThat(IncompleteGamma.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
        assertThat(IncompleteGamma.logGamma(0.25) + IncompleteGamma.logGamma(0.75))
                .isCloseTo(Math.log(Math.PI * Math.sqrt(2)), within(1e-13));
    }

    @Test
    void endsOfTheRangeAreExact() {
        assertThat(IncompleteGamma.logLower(3, 0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(IncompleteGamma.logLower(3, Double.POSITIVE_INFINITY)).isZero();
        assertThat(IncompleteGamma.logUpper(3, 0)).isZero();
        assertThat(IncompleteGamma.logUpper(3, Double.POSITIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "-1, 1", "1, -0.5", "NaN, 1", "1, NaN"})
    void outOfDomainArgumentsAreRefused(double a, double x) {
        assertThatThrownBy(() -> IncompleteGamma.logLower(a, x)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a > 0 and x >= 0");
        assertThatThrownBy(() -> IncompleteGamma.logUpper(a, x)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a > 0 and x >= 0");
    }

    @ParameterizedTest
    @CsvSource({"1, 2", "3, 4", "0.5, 1.5", "2, 1e-8", "2, 40", "1, 0.7", "1, 0.69", "100, 160", "100, 60"})
    void bothTailsMatchCommonsToRelativePrecision(double a, double x) {
        // at x = a + 1 (the switch between series and fraction) and in both far tails
        double p = RegularizedGamma.P.value(a, x);
        double q = RegularizedGamma.Q.value(a, x);
        assertThat(IncompleteGamma.logLower(a, x)).isCloseTo(Math.log(p), within(1e-10));
        assertThat(IncompleteGamma.logUpper(a, x)).isCloseTo(Math.log(q), within(1e-10));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1e-12, -0.5, -0.6931471805599453, -0.7, -3, -40})
    void log1mExpIsLogOfOneMinusExp(double v) {
        // 1 − e^v by its series where v is tiny, else directly
        double expected = v > -1e-6 ? Math.log(-v - v * v / 2 - v * v * v / 6) : Math.log(1 - Math.exp(v));
        assertThat(IncompleteGamma.log1mExp(v)).isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
    }
}
