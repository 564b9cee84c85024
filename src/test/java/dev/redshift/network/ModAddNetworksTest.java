package dev.redshift.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModAddNetworksTest {

    private static ModAddNetworks networks(Map<String, Object> with) {
        NetworkFamily family = NetworkFamilies.byId("modadd");
        return (ModAddNetworks) family.create(NetworkParameters.resolve(family, with, 64));
    }

    @Test
    void parameterCountFollowsTheFormula() {
        ModAddNetworks n = networks(Map.of("modulus", 11, "embed", 8, "width", 16, "depth", 2));
        assertThat(n.parameterCount()).isEqualTo(1163);
        assertThat(n.parameters(1, 0)).hasSize(1163);
        // the blog's sizes: D from about 12,000 (depth 1) to 21,600 (depth 5)
        assertThat(networks(Map.of()).parameterCount()).isEqualTo(12_221);
        assertThat(networks(Map.of("depth", 5)).parameterCount()).isEqualTo(21_629);
    }

    @Test
    void weightsLieWithinPyTorchsDefaultBoundTimesTheScale() {
        ModAddNetworks n = networks(Map.of("modulus", 5, "embed", 3, "width", 4, "depth", 1, "weightScale", 2.0));
        float[] w = n.parameters(7, 3);
        // E_L, E_R: fan_in N = 5; W_L, W_R: fan_in e = 3; W_1, c_1, U, b_U: fan_in h = 4
        int[] sizes = {15, 15, 12, 12, 16, 4, 20, 5};
        double[] bounds = {2 / Math.sqrt(5), 2 / Math.sqrt(5), 2 / Math.sqrt(3), 2 / Math.sqrt(3), 1, 1, 1, 1};
        int at = 0;
        for (int b = 0; b < sizes.length; b++) {
            double largest = 0;
            for (int i = 0; i < sizes[b]; i++) {
                largest = Math.max(largest, Math.abs(w[at + i]));
            }
            assertThat(largest).as("block %d", b).isLessThanOrEqualTo(bounds[b]).isGreaterThan(bounds[b] * 0.3);
            at += sizes[b];
        }
        assertThat(n.parameters(7, 3)).containsExactly(w);
    }

    @Test
    void logitsMatchAPlainJavaForwardPass() {
        int nMod = 5;
        int e = 3;
        int h = 4;
        ModAddNetworks n = networks(Map.of("modulus", nMod, "embed", e, "width", h, "depth", 2,
                "activation", "tanh", "weightScale", 1.5));
        float[] w = n.parameters(3, 1);
        try (NDManager m = TorchRuntime.newManager(ComputeDevice.CPU);
                NDArray flat = m.create(w, new Shape(1, w.length));
                NDArray logits = n.outputs(flat)) {
            assertThat(logits.getShape()).isEqualTo(new Shape(1, nMod * nMod, nMod));
            float[] got = logits.toFloatArray();
            for (int a = 0; a < nMod; a++) {
                for (int b = 0; b < nMod; b++) {
                    double[] expected = reference(w, nMod, e, h, 2, a, b);
                    for (int c = 0; c < nMod; c++) {
                        assertThat((double) got[(a * nMod + b) * nMod + c]).isCloseTo(expected[c], within(1e-5));
                    }
                }
            }
        }
    }

    /** The network of DESIGN §9 written out with loops, reading the flat vector in its documented order. */
    private static double[] reference(float[] w, int nMod, int e, int h, int depth, int a, int b) {
        int el = 0;
        int er = el + nMod * e;
        int wl = er + nMod * e;
        int wr = wl + e * h;
        int at = wr + e * h;
        double[] hidden = new double[h];
        for (int j = 0; j < h; j++) {
            double z = 0;
            for (int i = 0; i < e; i++) {
                z += w[el + a * e + i] * w[wl + i * h + j] + w[er + b * e + i] * w[wr + i * h + j];
            }
            hidden[j] = Math.tanh(z);
        }
        for (int k = 0; k < depth; k++) {
            double[] next = new double[h];
            for (int j = 0; j < h; j++) {
                double z = w[at + h * h + j];
                for (int i = 0; i < h; i++) {
                    z += hidden[i] * w[at + i * h + j];
                }
                next[j] = Math.tanh(z);
            }
            hidden = next;
            at += h * h + h;
        }
        double[] logits = new double[nMod];
        for (int c = 0; c < nMod; c++) {
            double z = w[at + h * nMod + c];
            for (int i = 0; i < h; i++) {
                z += hidden[i] * w[at + i * nMod + c];
            }
            logits[c] = z;
        }
        return logits;
    }
}
