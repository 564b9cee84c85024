package dev.redshift.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** DESIGN §9's weight distributions: one variance for all, each with its own shape. */
class WeightDistributionTest {

    private static final int FAN_IN = 64;
    private static final int FAN_OUT = 64;
    private static final int NETWORKS = 40;
    private static final double BOUND = 0.5;

    private static float[] draw(WeightDistribution d) {
        float[] w = new float[NETWORKS * FAN_IN * FAN_OUT];
        for (int n = 0; n < NETWORKS; n++) {
            d.fill(NetworkRandom.of(17, n), w, n * FAN_IN * FAN_OUT, FAN_IN, FAN_OUT, BOUND);
        }
        return w;
    }

    @ParameterizedTest
    @EnumSource(WeightDistribution.class)
    void everyDistributionHasTheVarianceOfTheUniformDrawAndMeanZero(WeightDistribution d) {
        float[] w = draw(d);
        double sum = 0;
        double squares = 0;
        for (float v : w) {
            sum += v;
            squares += (double) v * v;
        }
        double variance = BOUND * BOUND / 3; // of U(−s, s)
        // t with 3 degrees of freedom has no fourth moment: its sample variance settles slowly
        double tolerance = d == WeightDistribution.STUDENT_T ? 0.08 : 0.03;
        assertThat(squares / w.length).isCloseTo(variance, within(tolerance * variance));
        assertThat(sum / w.length).isCloseTo(0, within(4 * Math.sqrt(variance / w.length)));
    }

    @Test
    void uniformWeightsStayWithinTheirBoundAndAreTheSamplersDrawInStorageOrder() {
        float[] w = draw(WeightDistribution.UNIFORM);
        NetworkRandom random = NetworkRandom.of(17, 0);
        for (int k = 0; k < FAN_IN * FAN_OUT; k++) {
            assertThat(w[k]).isEqualTo(random.symmetric(BOUND));
        }
    }

    @Test
    void aBallDrawPutsEachNeuronsWeightVectorInsideTheBallAndFillsIt() {
        float[] w = draw(WeightDistribution.BALL);
        double radius = BOUND * Math.sqrt((FAN_IN + 2) / 3.0);
        int inOuterHalf = 0;
        for (int n = 0; n < NETWORKS; n++) {
            for (int j = 0; j < FAN_OUT; j++) {
                double norm2 = 0;
                for (int i = 0; i < FAN_IN; i++) {
                    double v = w[n * FAN_IN * FAN_OUT + i * FAN_OUT + j];
                    norm2 += v * v;
                }
                assertThat(Math.sqrt(norm2)).isLessThanOrEqualTo(radius * (1 + 1e-6));
                inOuterHalf += Math.sqrt(norm2) > radius * Math.pow(0.5, 1.0 / FAN_IN) ? 1 : 0;
            }
        }
        // uniform in the ball: half its volume lies beyond radius·0.5^(1/d)
        int vectors = NETWORKS * FAN_OUT;
        assertThat((double) inOuterHalf / vectors).isCloseTo(0.5, within(4 * Math.sqrt(0.25 / vectors)));
    }

    @Test
    void studentTIsLongTailedWhereGaussianAndUniformAreNot() {
        double sd = BOUND / Math.sqrt(3);
        // P(|T3| > 4·sqrt(3)) = 0.0062 for t with 3 degrees of freedom (scipy); a normal gives 6e-5, the uniform 0
        assertThat(shareBeyond(draw(WeightDistribution.STUDENT_T), 4 * sd)).isBetween(0.005, 0.0075);
        assertThat(shareBeyond(draw(WeightDistribution.GAUSSIAN), 4 * sd)).isLessThan(0.0005);
        assertThat(shareBeyond(draw(WeightDistribution.UNIFORM), 4 * sd)).isZero();
    }

    private static double shareBeyond(float[] w, double threshold) {
        long beyond = 0;
        for (float v : w) {
            beyond += Math.abs(v) > threshold ? 1 : 0;
        }
        return (double) beyond / w.length;
    }

    @Test
    void theMlpParameterTakesTheFourNamesAndListsThemOtherwise() {
        MlpFamily mlp = new MlpFamily();
        NetworkParameters p = NetworkParameters.resolve(mlp, Map.of("weightDistribution", "Student-T"), 64);
        assertThat(((MlpNetworks) mlp.create(p)).config().weightDistribution()).isEqualTo(WeightDistribution.STUDENT_T);
        assertThat(((MlpNetworks) mlp.create(NetworkParameters.resolve(mlp, Map.of(), 64))).config()
                .weightDistribution()).isEqualTo(WeightDistribution.UNIFORM);
        assertThatThrownBy(() -> NetworkParameters.resolve(mlp, Map.of("weightDistribution", "cauchy"), 64))
                .hasMessage("weightDistribution must be one of uniform, gaussian, ball, student-t, got 'cauchy'");
    }
}
