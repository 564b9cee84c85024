package dev.redshift.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The torchscript family on the committed fixtures of scripts/make-torchscript-fixtures.py. */
class TorchScriptNetworksTest {

    static final String RELU = "examples/torchscript/relu-mlp.pt";
    private static final float[] POINTS = {-1, -1, 0, 0.5f, 1, -0.25f, 0.75f, 0.75f};

    private static NDManager manager;

    @BeforeAll
    static void start() {
        manager = TorchRuntime.newManager(ComputeDevice.CPU);
    }

    @AfterAll
    static void stop() {
        manager.close();
    }

    private static RandomNetworks networks(Map<String, Object> raw) {
        TorchScriptFamily family = new TorchScriptFamily();
        return family.create(NetworkParameters.resolve(family, raw, 64));
    }

    private static float[] evaluate(RandomNetworks networks, long seed, long first, int count) {
        try (NDManager batch = manager.newSubManager();
                NDArray x = batch.create(POINTS, new Shape(POINTS.length / 2, 2))) {
            return networks.evaluate(batch, x, seed, first, count);
        }
    }

    @Test
    void aRedrawnNetworkIsTheModuleWithDesignsWeightsDrawnInParameterOrder() {
        RandomNetworks networks = networks(Map.of("file", RELU, "weightScale", 2.5, "biasScale", 0.5));
        float[] out = evaluate(networks, 11, 4, 3);
        for (int n = 0; n < 3; n++) {
            // the fixture: Linear(2,64) ReLU Linear(64,64) ReLU Linear(64,64) ReLU Linear(64,1); torch keeps W as
            // (out, in), drawn row-major, then b
            NetworkRandom random = NetworkRandom.of(11, 4 + n);
            int[] dims = {2, 64, 64, 64, 1};
            double[][][] w = new double[4][][];
            double[][] b = new double[4][];
            for (int l = 0; l < 4; l++) {
                double bound = 2.5 * Math.sqrt(6.0 / (dims[l] + dims[l + 1]));
                w[l] = new double[dims[l + 1]][dims[l]];
                for (int o = 0; o < dims[l + 1]; o++) {
                    for (int i = 0; i < dims[l]; i++) {
                        w[l][o][i] = random.symmetric(bound);
                    }
                }
                b[l] = new double[dims[l + 1]];
                for (int o = 0; o < dims[l + 1]; o++) {
                    b[l][o] = random.symmetric(0.5);
                }
            }
            for (int p = 0; p < POINTS.length / 2; p++) {
                double[] h = {POINTS[2 * p], POINTS[2 * p + 1]};
                for (int l = 0; l < 4; l++) {
                    double[] z = new double[dims[l + 1]];
                    for (int o = 0; o < z.length; o++) {
                        z[o] = b[l][o];
                        for (int i = 0; i < h.length; i++) {
                            z[o] += w[l][o][i] * h[i];
                        }
                        z[o] = l < 3 ? Math.max(0, z[o]) : z[o];
                    }
                    h = z;
                }
                assertThat((double) out[n * 4 + p]).as("network %d, point %d", 4 + n, p)
                        .isCloseTo(h[0], within(1e-4 * Math.max(1, Math.abs(h[0]))));
            }
        }
    }

    @Test
    void aNetworkIsTheSameWhateverBatchItIsEvaluatedIn() {
        RandomNetworks networks = networks(Map.of("file", RELU));
        float[] batch = evaluate(networks, 3, 0, 5);
        float[] alone = evaluate(networks, 3, 2, 1);
        for (int p = 0; p < 4; p++) {
            assertThat(alone[p]).isEqualTo(batch[2 * 4 + p]);
        }
    }

    @Test
    void savedInitEvaluatesTheModuleAsPyTorchDoes() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("examples/torchscript/relu-mlp-saved-outputs.csv"));
        float[] out = evaluate(networks(Map.of("file", RELU, "init", "saved")), 1, 0, 2);
        for (int p = 0; p < 4; p++) {
            double expected = Double.parseDouble(lines.get(p + 1).split(",")[2]);
            assertThat((double) out[p]).isCloseTo(expected, within(1e-5));
            assertThat(out[4 + p]).as("every network is the saved one").isEqualTo(out[p]);
        }
    }

    @Test
    void theFilesHashIsPartOfTheParametersSoAChangedFileIsAnotherConfiguration(@TempDir Path dir)
            throws IOException {
        Path copy = dir.resolve("copy.pt");
        Files.copy(Path.of(RELU), copy);
        TorchScriptFamily family = new TorchScriptFamily();
        String original = NetworkParameters.resolve(family, Map.of("file", RELU), 64).toString();
        String copied = NetworkParameters.resolve(family, Map.of("file", copy.toString()), 64).toString();
        assertThat(copied.substring(copied.indexOf("@sha256:"))).isEqualTo(original.substring(original.indexOf("@sha256:")));
        Files.copy(Path.of("examples/torchscript/tanh-mlp.pt"), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String changed = NetworkParameters.resolve(family, Map.of("file", copy.toString()), 64).toString();
        assertThat(changed).isNotEqualTo(copied);
    }

    @Test
    void aMissingFileIsOneLineNamingItAndWhatWasExpected() {
        assertThatThrownBy(() -> networks(Map.of("file", "examples/torchscript/nope.pt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("file: no such file 'examples/torchscript/nope.pt'")
                .hasMessageContaining("expected a TorchScript module").message().doesNotContain("\n");
    }

    @Test
    void aFileThatIsNotAModuleIsOneLineNamingIt(@TempDir Path dir) throws IOException {
        Path junk = dir.resolve("junk.pt");
        Files.writeString(junk, "not a zip archive");
        assertThatThrownBy(() -> networks(Map.of("file", junk.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(junk + ": cannot load a TorchScript module")
                .hasMessageEndingWith("expected a file saved with torch.jit.save").message().doesNotContain("\n");
    }

    @Test
    void aModuleWithTheWrongOutputShapeIsRefusedWhenCreated() {
        assertThatThrownBy(() -> networks(Map.of("file", "examples/torchscript/wrong-output.pt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("examples/torchscript/wrong-output.pt: the module maps a (3, 2) input to (3, 3)"
                        + " — expected a module mapping (points, 2) to (points, 1)");
    }

    @Test
    void aModuleWithTheWrongInputShapeIsRefusedWhenCreated() {
        assertThatThrownBy(() -> networks(Map.of("file", "examples/torchscript/three-inputs.pt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("examples/torchscript/three-inputs.pt: the module fails on a (3, 2) input")
                .hasMessageEndingWith("expected a module mapping (points, 2) to (points, 1)")
                .message().doesNotContain("\n");
        assertThat(networks(Map.of("file", "examples/torchscript/three-inputs.pt", "inputs", 3)).inputs()).isEqualTo(3);
    }

    @Test
    void anUnknownInitNamesTheAllowedOnes() {
        assertThatThrownBy(() -> networks(Map.of("file", RELU, "init", "xavier")))
                .hasMessage("unknown init 'xavier' — expected one of random, saved");
    }
}
