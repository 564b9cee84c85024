package dev.redshift.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.measure.volume.LocalVolumeOptions;
import dev.redshift.measure.volume.VolumeEstimate;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.ModAddNetworks;
import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.NetworkFamily;
import dev.redshift.network.NetworkParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalVolumeSamplerTest {

    private static ModAddNetworks small(double weightScale, String activation) {
        return modadd(7, 6, 8, weightScale, activation);
    }

    private static ModAddNetworks modadd(int modulus, int embed, int width, double weightScale, String activation) {
        NetworkFamily family = NetworkFamilies.byId("modadd");
        return (ModAddNetworks) family.create(NetworkParameters.resolve(family, Map.of("modulus", modulus, "embed",
                embed, "width", width, "depth", 1, "weightScale", weightScale, "activation", activation), 64));
    }

    /**
     * Bit for bit when every matrix of a row starts on a 64-byte boundary (widths of 16 floats and more, the
     * blog's network, the default mlp): PyTorch's CPU matrix kernels round by the alignment of their operands, so
     * with odd small widths a row's digits beyond float32's seventh can depend on its place in the pass.
     */
    @Test
    void aNetworksVolumeIsTheSameWhateverItsGroup() {
        LocalVolumeOptions options = LocalVolumeOptions.DEFAULTS.withDirections(8).withRtol(1e-5);
        LocalVolumeSampler sampler = new LocalVolumeSampler(modadd(8, 16, 16, 1, "relu"), options, 11,
                ComputeDevice.CPU);
        try {
            List<VolumeEstimate> three = sampler.estimate(0, 3);
            VolumeEstimate alone = sampler.estimate(2, 1).get(0);
            assertThat(alone.radii()).containsExactly(three.get(2).radii());
            assertThat(alone.meanLog()).isEqualTo(three.get(2).meanLog());
            assertThat(three.get(0).meanLog()).isNotEqualTo(three.get(1).meanLog());
        } finally {
            sampler.close();
        }
    }

    @Test
    void radiiAreWhereTheKlCostReachesEpsilon() {
        LocalVolumeOptions options = LocalVolumeOptions.DEFAULTS.withDirections(4).withRtol(1e-6);
        LocalVolumeSampler sampler = new LocalVolumeSampler(small(1, "tanh"), options, 5, ComputeDevice.CPU);
        try {
            VolumeEstimate e = sampler.estimate(0, 1).get(0);
            for (double r : e.radii()) {
                assertThat(r).isFinite().isPositive();
            }
            assertThat(e.meanLog()).isFinite().isNegative();
            assertThat(e.dimension()).isEqualTo(small(1, "tanh").parameterCount());
        } finally {
            sampler.close();
        }
    }
}
