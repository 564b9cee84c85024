package dev.redshift.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Gpt2NetworksTest {

    private static NDManager manager;

    @BeforeAll
    static void start() {
        manager = TorchRuntime.newManager(ComputeDevice.CPU);
    }

    @AfterAll
    static void stop() {
        manager.close();
    }

    private static Gpt2Networks.Config tiny(boolean fresh, double lnScale, Activation activation) {
        return new Gpt2Networks.Config(11, 16, 8, 2, 2, activation, lnScale, 9, 1000, fresh);
    }

    private static long[] decode(Gpt2Networks g, long seed, long first, int count) {
        try (NDManager batch = manager.newSubManager()) {
            float[] out = g.evaluate(batch, batch.create(new float[0], new ai.djl.ndarray.types.Shape(0, 0)), seed,
                    first, count);
            return Arrays.stream(toDoubles(out)).mapToLong(d -> (long) d).toArray();
        }
    }

    private static double[] toDoubles(float[] f) {
        double[] d = new double[f.length];
        for (int k = 0; k < f.length; k++) {
            d[k] = f[k];
        }
        return d;
    }

    @Test
    void greedyDecodingWithTheCacheMatchesAFullRecomputationByHand() {
        for (Gpt2Networks.Config c : new Gpt2Networks.Config[] {tiny(false, 1, StandardActivation.GELU),
                tiny(false, 8, StandardActivation.RELU), tiny(true, 3, StandardActivation.TANH)}) {
            Gpt2Networks g = new Gpt2Networks(c);
            long[] decoded = decode(g, 42, 3, 4);
            for (int k = 0; k < 4; k++) {
                long[] expected = ReferenceGpt2.greedy(c, g.model(42, 3 + k), g.prompt(3 + k));
                assertThat(Arrays.copyOfRange(decoded, k * 10, k * 10 + 10)).as("sequence %d of %s", k, c)
                        .containsExactly(expected);
            }
        }
    }

    @Test
    void aOneBlockModelOfWidthTwoDecodesAsComputedOnPaper() {
        // vocab 3, width 2, one head, one block, all block weights zero: each block adds nothing, so the next
        // token maximises LN(wte[t] + wpe[0]) · wte[v]. With wte = ((1, 0), (0, 1), (−1, −1)) and wpe = 0,
        // LN((1, 0)) = (1, −1)/sqrt(0.25 + 1e-5)·0.5 ≈ (1, −1): scores 1, −1, 0 → token 0 follows token 0;
        // LN((0, 1)) ≈ (−1, 1): scores −1, 1, 0 → 1 follows 1; LN((−1, −1)) = (0, 0): all scores 0 → the first, 0.
        Gpt2Networks.Config c = new Gpt2Networks.Config(3, 4, 2, 1, 1, StandardActivation.GELU, 1, 2, 3, false);
        Gpt2Networks g = new Gpt2Networks(c);
        Gpt2Networks.Weights w = g.model(1, 0);
        float[] wte = {1, 0, 0, 1, -1, -1};
        System.arraycopy(wte, 0, w.wte, 0, wte.length);
        java.util.Arrays.fill(w.wpe, 0);
        for (float[][] block : new float[][][] {w.attention, w.attentionProjection, w.expansion, w.projection}) {
            java.util.Arrays.fill(block[0], 0);
        }
        assertThat(decode(g, 1, 0, 3)).containsExactly(0, 0, 0, 1, 1, 1, 2, 0, 0);
        assertThat(ReferenceGpt2.logits(c, w, new long[] {0})).containsExactly(new double[] {0.99998, -0.99998, 0},
                within(1e-4));
    }

    @Test
    void aSequenceIsTheSameWhicheverBatchDecodesIt() {
        for (boolean fresh : new boolean[] {false, true}) {
            Gpt2Networks g = new Gpt2Networks(tiny(fresh, 4, StandardActivation.GELU));
            long[] together = decode(g, 9, 0, 6);
            long[] alone = decode(g, 9, 4, 2);
            assertThat(alone).containsExactly(Arrays.copyOfRange(together, 40, 60));
        }
    }

    @Test
    void initialisationIsGpt2s() {
        Gpt2Networks.Config c = new Gpt2Networks.Config(500, 64, 64, 4, 6, StandardActivation.GELU, 1, 10, 10, false);
        Gpt2Networks.Weights w = new Gpt2Networks(c).model(1, 0);
        assertThat(sd(w.wte)).isCloseTo(0.02, within(0.0005));
        assertThat(sd(w.attention[0])).isCloseTo(0.02, within(0.0005));
        assertThat(sd(w.projection[3])).isCloseTo(0.02 / Math.sqrt(12), within(0.0003));
        assertThat(sd(w.attentionProjection[5])).isCloseTo(0.02 / Math.sqrt(12), within(0.0004));
    }

    @Test
    void randomTokensAreUniform() {
        RandomNetworks r = new RandomTokensFamily().create(NetworkParameters.resolve(new RandomTokensFamily(),
                java.util.Map.of("vocab", 4, "tokens", 999), 64));
        float[] out = r.evaluate(manager, null, 1, 0, 10);
        int[] counts = new int[4];
        for (float f : out) {
            counts[(int) f]++;
        }
        assertThat(java.util.Arrays.stream(counts).min().orElseThrow()).isGreaterThan(2300);
        assertThat(java.util.Arrays.stream(counts).max().orElseThrow()).isLessThan(2700);
    }

    private static double sd(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s / v.length);
    }
}
