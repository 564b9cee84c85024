package dev.redshift.measure.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedGamma;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RayIntegralTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.5, 1, 2.5, 7, 50.5, 6_000, 10_000})
    void logGammaMatchesCommonsNumbers(double x) {
        assertThat(IncompleteGamma.logGamma(x)).isCloseTo(LogGamma.value(x), within(1e-10 * Math.max(1, Math.abs(LogGamma.value(x)))));
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.2", "1, 3", "5, 2", "5, 9", "50, 40", "50, 65", "1000, 990", "10000, 10050"})
    void incompleteGammaMatchesCommonsWhereRepresentable(double a, double x) {
        assertThat(Math.exp(IncompleteGamma.logLower(a, x))).isCloseTo(RegularizedGamma.P.value(a, x), within(1e-9));
        assertThat(Math.exp(IncompleteGamma.logUpper(a, x))).isCloseTo(RegularizedGamma.Q.value(a, x), within(1e-9));
    }

    @Test
    void lowerTailFarBelowDoublesStaysFinite() {
        // log P(a, x) ~ a log x − x − log Γ(a+1) for x ≪ a: the series' leading term
        double a = 10_000;
        double x = 100;
        double leading = a * Math.log(x) - x - LogGamma.value(a + 1);
        assertThat(IncompleteGamma.logLower(a, x)).isCloseTo(leading, within(0.02));
        assertThat(IncompleteGamma.logLower(a, x)).isLessThan(-20_000);
    }

    @Test
    void orthogonalRayOfCentredPriorIsAChiSquareProbability() {
        // u ⟂ w0 = 0: G = P(χ²_D ≤ r²/σ²)
        for (int d : new int[] {1, 2, 3, 10, 40}) {
            for (double r : new double[] {0.3, 1, 2.2, 5, 9}) {
                double sigma = 1.3;
                double expected = ChiSquaredDistribution.of(d).cumulativeProbability(r * r / (sigma * sigma));
                assertThat(RayIntegral.logMass(d, sigma, 0, 0, r)).as("D %d r %s", d, r)
                        .isCloseTo(Math.log(expected), within(1e-8));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 100, 1_000, 12_221, 20_000})
    void rayIntegralMatchesIncompleteGammaUpTo20000(int d) {
        double sigma = 0.7;
        double rho2 = 3.0;
        for (double share : new double[] {0.01, 0.3, 0.9, 1.0, 1.1, 2.0}) {
            double r = share * sigma * Math.sqrt(d);
            double expected = IncompleteGamma.logLower(d / 2.0, r * r / (2 * sigma * sigma)) - rho2 / (2 * sigma * sigma);
            assertThat(RayIntegral.logMass(d, sigma, rho2, 0, r)).as("D %d at %s of the shell", d, share)
                    .isCloseTo(expected, within(1e-8 * Math.max(1, Math.abs(expected))));
        }
        assertThat(RayIntegral.logMass(d, sigma, rho2, 0, Double.POSITIVE_INFINITY))
                .isCloseTo(-rho2 / (2 * sigma * sigma), within(1e-9));
    }

    @Test
    void aRayAlongTheCentreCarriesTheDensityOfTheShiftedCoordinate() {
        // D = 1: the "ray" is the half-line t ≥ 0, G = P(0 ≤ X − w0 ≤ r)... with w0 = c·u: ∫_0^r φ((c + t)/σ)/σ dt
        double sigma = 2;
        double c = 0.7;
        double r = 1.5;
        double expected = org.apache.commons.statistics.distribution.NormalDistribution.of(0, sigma)
                .probability(c, c + r);
        // D = 1 has A_0 = 2: a "sphere" of two points; one direction covers half of it, hence the factor 2
        assertThat(RayIntegral.logMass(1, sigma, c * c, c, r)).isCloseTo(Math.log(2 * expected), within(1e-9));
    }

    @Test
    void blogRiemannSumMissesTheStepWidth() {
        int d = 50;
        double sigma = 1;
        double r = 6;
        double exact = RayIntegral.logMass(d, sigma, 0, 0, r);
        double step = r / (BlogRayIntegral.POINTS - 1);
        assertThat(BlogRayIntegral.logMass(d, sigma, 0, 0, r)).isCloseTo(exact - Math.log(step), within(0.01));
    }

    @Test
    void blogRiemannSumIsRefusedWhenTheIntegrandRisesSteeplyToTheEnd() {
        // r far below the shell σ√D: the last point dominates, left and right sums differ by far more than 1%
        assertThat(BlogRayIntegral.logMass(12_000, 1, 0, 0, 5)).isNaN();
    }
}
