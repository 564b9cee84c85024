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
