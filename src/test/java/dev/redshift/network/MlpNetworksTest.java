package dev.redshift.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.redshift.eval.Grid;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MlpNetworksTest {

    private static NDManager manager;

    @BeforeAll
    static void start() {
        manager = TorchRuntime.newManager(ComputeDevice.CPU);
    }

    @AfterAll
    static void stop() {
        manager.close();
    }

    static Stream<Arguments> configurations() {
        return Stream.of(StandardActivation.values()).flatMap(a -> Stream.of(
                Arguments.of(new MlpNetworks.Config(a, 3, 16, 1, 1, 1, false, false, false, 2)),
                Arguments.of(new MlpNetworks.Config(a, 2, 8, 4, 0.5, 1.5, true, false, false, 2)),
                Arguments.of(new MlpNetworks.Config(a, 2, 8, 2, 1, 1, false, true, false, 2)),
                Arguments.of(new MlpNetworks.Config(a, 2, 8, 2, 1, 1, false, false, true, 2)),
                Arguments.of(new MlpNetworks.Config(a, 3, 8, 8, 2, 0.7, true, true, true, 3))));
    }

    @ParameterizedTest
    @MethodSource("configurations")
    void theBatchedForwardPassComputesDesignsHiddenLayer(MlpNetworks.Config config) {
        MlpNetworks networks = new MlpNetworks(config);
        int inputs = config.inputs();
        float[] points = new float[10 * inputs];
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int k = 0; k < points.length; k++) {
            points[k] = (float) r.nextDouble(-1, 1);
        }
        int count = 5;
        float[] outputs;
        try (NDManager batch = manager.newSubManager();
                NDArray x = batch.create(points, new Shape(10, inputs))) {
            outputs = networks.evaluate(batch, x, 42, 7, count);
        }
        MlpNetworks.Weights w = networks.draw(42, 7, count);
        for (int n = 0; n < count; n++) {
            for (int p = 0; p < 10; p++) {
                double[] input = new double[inputs];
                for (int d = 0; d < inputs; d++) {
                    input[d] = points[p * inputs + d];
                }
                double expected = ReferenceMlp.output(config, w, n, input);
                // float32 on the device against doubles here; large weights and sin amplify rounding
                assertThat((double) outputs[n * 10 + p]).as("network %d point %d", n, p)
                        .isCloseTo(expected, within(1e-3 * Math.max(1, Math.abs(expected))));
            }
        }
    }

    @Test
    void weightsAreUniformWithinTheGlorotBoundTimesTheScale() {
        double scale = 3;
        MlpNetworks networks = new MlpNetworks(MlpNetworks.Config.of(StandardActivation.TANH, 2, 64, scale));
        MlpNetworks.Weights w = networks.draw(1, 0, 200);
        double bound = scale * Math.sqrt(6.0 / (64 + 64));
        float[] hidden = w.weights[1];
        assertThat(maxAbs(hidden)).isLessThanOrEqualTo((float) bound);
        assertMoments(hidden, 0, bound * bound / 3);
        double inputBound = scale * Math.sqrt(6.0 / (2 + 64));
        assertMoments(w.weights[0], 0, inputBound * inputBound / 3);
        double outputBound = scale * Math.sqrt(6.0 / (64 + 1));
        assertMoments(w.weights[2], 0, outputBound * outputBound / 3);
    }

    @Test
    void biasesAreUniformOnPlusMinusBiasScaleWhateverTheWeightScale() {
        MlpNetworks networks = new MlpNetworks(
                new MlpNetworks.Config(StandardActivation.RELU, 2, 64, 10, 0.25, 1, false, false, true, 2));
        MlpNetworks.Weights w = networks.draw(5, 0, 300);
        assertThat(maxAbs(w.biases[0])).isLessThanOrEqualTo(0.25f);
        assertMoments(w.biases[1], 0, 0.25 * 0.25 / 3);
        assertMoments(w.gateBiases[0], 0, 0.25 * 0.25 / 3);
    }

    @Test
    void aNetworkIsTheSameWhicheverBatchDrawsIt() {
        MlpNetworks networks = new MlpNetworks(MlpNetworks.Config.of(StandardActivation.GELU, 3, 16, 2));
        MlpNetworks.Weights together = networks.draw(9, 0, 10);
        MlpNetworks.Weights alone = networks.draw(9, 6, 1);
        int size = 16 * 16;
        for (int k = 0; k < size; k++) {
            assertThat(alone.weights[1][k]).isEqualTo(together.weights[1][6 * size + k]);
        }
    }

    @Test
    void theGridPutsTheFirstInputOnTheFirstIndex() {
        float[] p = new Grid(4, 2).points();
        // point (i=1, j=3) is at index 1·4 + 3 and has x = x_1, y = x_3
        assertThat(p[2 * 7]).isCloseTo(-1f / 3, within(1e-6f));
        assertThat(p[2 * 7 + 1]).isEqualTo(1f);
    }

    private static float maxAbs(float[] values) {
        float max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static void assertMoments(float[] values, double mean, double variance) {
        double m = 0;
        for (float v : values) {
            m += v;
        }
        m /= values.length;
        double s = 0;
        for (float v : values) {
            s += (v - m) * (v - m);
        }
        s /= values.length - 1;
        double se = Math.sqrt(variance / values.length);
        assertThat(m).isCloseTo(mean, within(5 * se));
        // the variance of a uniform variance estimate is (4/5)σ⁴/n
        assertThat(s).isCloseTo(variance, within(5 * Math.sqrt(0.8 * variance * variance / values.length)));
    }
}
