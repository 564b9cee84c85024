package dev.redshift.measure.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rays that are not orthogonal to w0, against closed forms in the normal CDF, and the blog's Riemann sums. */
class RayIntegralClosedFormsTest {

    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    /** ∫_0^R e^{−s²/2 − b·s} ds = √(2π) e^{b²/2} (Φ(R + b) − Φ(b)). */
    private static double gaussianPiece(double b, double upper) {
        return Math.sqrt(2 * Math.PI) * Math.exp(b * b / 2) * STANDARD.probability(b, upper + b);
    }

    @ParameterizedTest
    @CsvSource({"2, 0.0, 1.5, 1.2", "2, 1.2, 0.9, 3", "0.5, 0.7, -1.4, 2", "0.5, 0.7, -1.4, Infinity",
        "1.5, 4, 0.3, 0.4", "1, 9, -2.5, 10"})
    void oneDimensionalRayIsAGaussianPiece(double sigma, double rho2, double beta, double r) {
        // D = 1: log G = ½ log 2 − ½ log π − ρ²/(2σ²) + log ∫_0^{r/σ} e^{−s²/2 − (β/σ)s} ds
        double expected = 0.5 * Math.log(2 / Math.PI) - rho2 / (2 * sigma * sigma)
                + Math.log(gaussianPiece(beta / sigma, r / sigma));
        assertThat(RayIntegral.logMass(1, sigma, rho2, beta, r)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"1, 0.5, 0.8, 2", "2, 3, -1.6, 5", "0.7, 1, 1.4, 0.9", "0.7, 1, 0.35, Infinity", "1.3, 2, -3.9, 1"})
    void twoDimensionalRayHasAClosedForm(double sigma, double rho2, double beta, double r) {
        // ∫_0^R s e^{−s²/2 − bs} ds = 1 − e^{−R²/2 − bR} − b ∫_0^R e^{−s²/2 − bs} ds, and log[A_1 (2π)^{−1}] = 0
        double b = beta / sigma;
        double upper = r / sigma;
        double tail = upper == Double.POSITIVE_INFINITY ? 0 : Math.exp(-upper * upper / 2 - b * upper);
        double integral = 1 - tail - b * gaussianPiece(b, upper);
        double expected = -rho2 / (2 * sigma * sigma) + Math.log(integral);
        assertThat(RayIntegral.logMass(2, sigma, rho2, beta, r)).isCloseTo(expected, within(1e-8));
    }

    @Test
    void logConstantIsTheSphereAreaOverTheGaussianNormaliser() {
        for (int d : new int[] {1, 2, 3, 7, 100}) {
            double expected = Math.log(2) + d / 2.0 * Math.log(Math.PI) - LogGamma.value(d / 2.0)
                    - d / 2.0 * Math.log(2 * Math.PI);
            assertThat(RayIntegral.logConstant(d)).as("D %d", d).isCloseTo(expected, within(1e-10));
        }
    }

    @Test
    void zeroRadiusHasNoMass() {
        assertThat(RayIntegral.logMass(3, 1, 0.5, 0.2, 0)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 1", "3, 0, 1", "3, -1, 1", "3, NaN, 1", "3, 1, -0.1", "3, 1, NaN"})
    void badArgumentsAreRefusedByName(int d, double sigma, double r) {
        assertThatThrownBy(() -> RayIntegral.logMass(d, sigma, 1, 0, r)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("D >= 1, sigma > 0 and r >= 0");
    }

    /** The blog's left Riemann sum, summed directly in linear space: A_{D−1}(2πσ²)^{−D/2} Σ_{j<N−1} f(t_j). */
    private static double blogLeftSum(int d, double sigma, double rho2, double beta, double r) {
        int n = BlogRayIntegral.POINTS;
        double sum = 0;
        for (int j = 0; j < n - 1; j++) {
            double t = j * (r / (n - 1));
            sum += Math.pow(t, d - 1) * Math.exp(-(rho2 + 2 * beta * t + t * t) / (2 * sigma * sigma));
        }
        double logArea = Math.log(2) + d / 2.0 * Math.log(Math.PI) - LogGamma.value(d / 2.0);
        return logArea - d / 2.0 * Math.log(2 * Math.PI * sigma * sigma) + Math.log(sum);
    }

    @ParameterizedTest
    @CsvSource({"1, 0.8, 0.5, -0.3, 2.5", "1, 1.7, 2, 1.1, 4", "3, 0.8, 0.5, -0.3, 2.5", "4, 1.4, 3, 1.2, 6"})
    void blogMassIsTheLeftSumWithoutTheStepWidth(int d, double sigma, double rho2, double beta, double r) {
        assertThat(BlogRayIntegral.logMass(d, sigma, rho2, beta, r))
                .isCloseTo(blogLeftSum(d, sigma, rho2, beta, r), within(1e-9));
    }

    @Test
    void blogMassIsRefusedWhenEverySumIsEmpty() {
        // r = 0: every point is t = 0, where t^{D−1} vanishes; both sums are log 0
        assertThat(BlogRayIntegral.logMass(3, 1, 0.2, 0.1, 0)).isNaN();
    }

    @Test
    void blogMassIsRefusedWhenTheLastPointIsOverAPercentOfTheSum() {
        // D = 1, σ small: the integrand e^{−(ρ² + 2βt + t²)/(2σ²)} falls from t = 0, so the left sum exceeds
        // the right by f(0), here far more than 1% of it
        assertThat(BlogRayIntegral.logMass(1, 0.001, 0, 0, 1)).isNaN();
        // the same ray with σ large enough is flat over the points and accepted
        assertThat(BlogRayIntegral.logMass(1, 10, 0, 0, 1)).isFinite();
    }
}
