package dev.redshift.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redshift.network.Gpt2Networks;
import dev.redshift.network.MlpNetworks;
import dev.redshift.network.NetworkFootprint;
import dev.redshift.network.StandardActivation;
import org.junit.jupiter.api.Test;

class MemoryLimitTest {

    private static final MemoryLimit FOUR_GIB = new MemoryLimit(4L << 30, Long.MAX_VALUE, "test heap");

    private static MlpNetworks mlp(int depth, int width) {
        return new MlpNetworks(MlpNetworks.Config.of(StandardActivation.RELU, depth, width, 1));
    }

    @Test
    void aHugeWidthIsOneLineSayingWhatANetworkNeedsAndWhatTheLimitIs() {
        // weights: 2·W + W (first layer), 2·(W² + W) (two hidden), W + 1 (output): 2·10^16 + 5·10^8 + 1 floats,
        // 8.0·10^16 bytes = 71 PiB
        assertThatThrownBy(() -> FOUR_GIB.check(mlp(3, 100_000_000), new Grid(64, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mlp with width 100000000, depth 3 on a 64×64 grid needs 71 PiB per network (a batch"
                        + " holds 2 at least); the sampler's memory limit is 4.0 GiB (test heap)");
    }

    @Test
    void theDefaultMlpsFootprintCountsEveryWeightOnceInJavaAndOnceOnTheDevice() {
        NetworkFootprint f = mlp(3, 64).footprint(64 * 64);
        long weights = (2 * 64 + 64) + 2 * (64 * 64 + 64) + (64 + 1);
        assertThat(f.perNetworkJavaBytes()).isEqualTo(4 * weights);
        assertThat(f.perNetworkDeviceBytes()).isEqualTo(4 * weights + 64L * 64 * 64 * 4 * 4);
        assertThat(f.largestArray()).isEqualTo(64 * 64);
    }

    @Test
    void sizesTooLargeForALongSaturateInsteadOfTurningNegative() {
        NetworkFootprint f = mlp(1 << 20, Integer.MAX_VALUE).footprint(Integer.MAX_VALUE);
        assertThat(f.perNetworkJavaBytes()).isEqualTo(Long.MAX_VALUE);
        assertThat(f.perNetworkDeviceBytes()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> FOUR_GIB.check(mlp(1 << 20, Integer.MAX_VALUE), new Grid(8, 2)))
                .hasMessageContaining("needs more than 8 EiB per network");
    }

    @Test
    void nativeMemoryIsCheckedAgainstTheMachine() {
        // width 8192 on 4096 points: 4096·8192·4 B · 4 live tensors = 512 MiB of activations, plus the weights
        MemoryLimit oneGibMachine = new MemoryLimit(Long.MAX_VALUE, 1L << 30, "heap");
        assertThatThrownBy(() -> oneGibMachine.check(mlp(2, 8192), new Grid(64, 2)))
                .hasMessageStartingWith("mlp with width 8192, depth 2 on a 64×64 grid needs 768 MiB per network of"
                        + " native memory for its forward pass (a batch holds 2 at least); the machine has 1.0 GiB");
    }

    @Test
    void aTransformersSharedModelIsNamedApartFromItsSequences() {
        Gpt2Networks g = new Gpt2Networks(new Gpt2Networks.Config(2_000_000_000, 1024, 768, 12, 12,
                StandardActivation.GELU, 1, 100, 1000, false));
        assertThatThrownBy(() -> FOUR_GIB.check(g, new TokenDomain(101)))
                .hasMessageStartingWith("gpt2 with vocab 2000000000, context 1024, width 768, depth 12 needs 11 TiB"
                        + " for the model of a seed and ");
    }

    @Test
    void batchesStayWithinJavasArraySizeAndHalfTheLimit() {
        MlpNetworks wide = mlp(2, 4096);
        Grid grid = new Grid(8, 2);
        int batch = FOUR_GIB.largestBatch(wide, grid);
        NetworkFootprint f = wide.footprint(64);
        assertThat(batch).isGreaterThan(1);
        assertThat((long) batch * f.largestArray()).isLessThanOrEqualTo(MemoryLimit.MAX_ARRAY);
        assertThat(2L * batch * f.perNetworkJavaBytes()).isLessThanOrEqualTo(2L << 30);
        assertThat(2L * (batch + 1) * f.perNetworkJavaBytes()).isGreaterThan((2L << 30) - (64L << 20));
    }

    @Test
    void aGridWhosePointsDoNotFitAnArrayIsRefusedBeforeAllocation() {
        assertThatThrownBy(() -> new Grid(100_000, 2)).hasMessage("grid 100000 has 10000000000 points in 2"
                + " dimensions; their coordinates must fit one Java array of at most 2147483639 values");
        assertThatThrownBy(() -> RandomTraversal.of(64, 100_000_000, 1)).hasMessageContaining("must fit one Java array");
    }
}
