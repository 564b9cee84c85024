package dev.redshift.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

class ActivationsTest {

    @Test
    void everyTensorActivationMatchesItsScalarDefinition() {
        float[] x = new float[201];
        for (int k = 0; k < x.length; k++) {
            x[k] = -5 + k * 0.05f;
        }
        try (NDManager m = TorchRuntime.newManager(ComputeDevice.CPU)) {
            for (String id : Activations.ids()) {
                Activation a = Activations.byId(id);
                try (NDArray in = m.create(x); NDArray out = a.apply(in)) {
                    float[] y = out.toFloatArray();
                    for (int k = 0; k < x.length; k++) {
                        assertThat((double) y[k]).as("%s(%f)", id, x[k])
                                .isCloseTo(a.apply((double) x[k]), within(2e-6 * Math.max(1, Math.abs(y[k]))));
                    }
                }
            }
        }
    }

    /** DESIGN §2's definitions at x = −1.5, 0.5, 2, worked out apart from this code (Python's math module). */
    private static final java.util.Map<String, double[]> AT_MINUS_1_5_HALF_2 = java.util.Map.of(
            "relu", new double[] {0, 0.5, 2},
            "gelu", new double[] {-0.10021080190328713, 0.34573123063700656, 1.9544997361036416},
            "swish", new double[] {-0.2736382857095345, 0.3112296656009273, 1.7615941559557646},
            "selu", new double[] {-1.3658143533672527, 0.5253504936777402, 2.101401974710961},
            "tanh", new double[] {-0.9051482536448664, 0.46211715726000974, 0.9640275800758169},
            "sigmoid", new double[] {0.18242552380635635, 0.6224593312018546, 0.8807970779778823},
            // exp(−x²): e^−2.25, e^−0.25, e^−4
            "gaussian", new double[] {0.10539922456186433, 0.7788007830714049, 0.01831563888873418},
            "sin", new double[] {-0.9974949866040544, 0.479425538604203, 0.9092974268256817});

    @Test
    void everyActivationInBothFormsMatchesItsDefinitionAtKnownPoints() {
        float[] x = {-1.5f, 0.5f, 2f};
        try (NDManager m = TorchRuntime.newManager(ComputeDevice.CPU)) {
            for (var e : AT_MINUS_1_5_HALF_2.entrySet()) {
                Activation a = Activations.byId(e.getKey());
                try (NDArray in = m.create(x); NDArray out = a.apply(in)) {
                    float[] y = out.toFloatArray();
                    for (int k = 0; k < x.length; k++) {
                        double expected = e.getValue()[k];
                        assertThat(a.apply((double) x[k])).as("scalar %s(%s)", e.getKey(), x[k])
                                .isCloseTo(expected, within(1e-12));
                        assertThat((double) y[k]).as("tensor %s(%s)", e.getKey(), x[k])
                                .isCloseTo(expected, within(1e-6));
                    }
                }
            }
        }
    }

    @Test
    void geluIsTheExactErfForm() {
        // the tanh approximation gives 0.841192 at 1
        assertThat(StandardActivation.GELU.apply(1.0)).isCloseTo(0.8413447460685429, within(1e-12));
    }

    @Test
    void anUnknownActivationIsNamedWithTheAllowedOnes() {
        assertThatThrownBy(() -> Activations.byId("rleu"))
                .hasMessage("unknown activation 'rleu' — expected one of "
                        + String.join(", ", Activations.ids()));
        assertThat(Activations.ids()).startsWith("relu", "gelu", "swish", "selu", "tanh", "sigmoid", "gaussian", "sin");
    }

    @Test
    void anActivationRegisteredThroughTheServiceLoaderIsUsableByName() {
        assertThat(Activations.byId("softsign")).isInstanceOf(SoftsignActivation.class);
        NetworkParameters p = NetworkParameters.resolve(new MlpFamily(),
                java.util.Map.of("activation", "softsign", "depth", 1, "width", 4), 8);
        assertThat(((MlpNetworks) new MlpFamily().create(p)).config().activation().id()).isEqualTo("softsign");
    }

    @Test
    void aFamilyRegisteredThroughTheServiceLoaderIsUsableByName() {
        assertThat(NetworkFamilies.byId("plane")).isInstanceOf(PlaneFamily.class);
        assertThat(NetworkFamilies.ids()).contains("mlp", "fourier-unbiased", "plane");
    }

    @Test
    void parametersAreCheckedAgainstTheFamily() {
        MlpFamily mlp = new MlpFamily();
        assertThatThrownBy(() -> NetworkParameters.resolve(mlp, java.util.Map.of("width", -3), 64))
                .hasMessage("width must be at least 1, got -3");
        assertThatThrownBy(() -> NetworkParameters.resolve(mlp, java.util.Map.of("widht", 3), 64))
                .hasMessageStartingWith("unknown parameter 'widht' of network mlp — expected one of activation, depth");
        assertThatThrownBy(() -> NetworkParameters.resolve(mlp, java.util.Map.of("layerNorm", "yes"), 64))
                .hasMessage("layerNorm must be true or false, got 'yes'");
        assertThatThrownBy(() -> NetworkParameters.resolve(mlp, java.util.Map.of("depth", 2.5), 64))
                .hasMessage("depth must be an integer, got '2.5'");
    }
}
