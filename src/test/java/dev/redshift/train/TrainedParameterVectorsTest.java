package dev.redshift.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import dev.redshift.eval.LocalVolumeSampler;
import dev.redshift.measure.volume.LocalVolumeOptions;
import dev.redshift.measure.volume.VolumeEstimate;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.ModAddNetworks;
import dev.redshift.network.StackedParameter;
import dev.redshift.network.StandardActivation;
import dev.redshift.network.TorchRuntime;
import dev.redshift.network.TrainableModAdd;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainedParameterVectorsTest {

    // widths of 16 floats: every matrix row of the volume's forward passes starts on a 64-byte boundary, where
    // PyTorch's kernels round a row alike wherever it sits in the pass (LocalVolumeSamplerTest)
    private static final TrainableModAdd NETWORKS = new ModAddNetworks(new ModAddNetworks.Config(8, 16, 16, 1,
            StandardActivation.GELU, 1)).trainable();
    private static final TrainingSetup SETUP = TrainingSetup.resolve(Map.of("task", "modadd", "modulus", 8,
            "steps", 40, "lr", 0.01, "trainFraction", 0.5));
    private static final LocalVolumeOptions OPTIONS = LocalVolumeOptions.DEFAULTS.withDirections(4).withRtol(1e-5);

    private static TrainedParameterVectors vectors() {
        return new TrainedParameterVectors(NETWORKS, NETWORKS, SETUP, ComputeDevice.CPU);
    }

    @Test
    void aRunsVectorIsItsTrainedParametersInTheFamilysFlatOrder() {
        long seed = 21;
        float[] w = vectors().parameters(seed, 6);
        try (NDManager manager = TorchRuntime.newManager(ComputeDevice.CPU)) {
            // run 6 trained beside run 7 only, not in its block of four
            List<StackedParameter> alone = new Trainer(NETWORKS, SETUP.data(), SETUP)
                    .train(manager, seed, 6, 2, null, 0).trained();
            int at = 0;
            for (StackedParameter p : alone) {
                float[] values = p.array().toFloatArray();
                int size = (int) p.sizePerNetwork();
                for (int i = 0; i < size; i++) {
                    assertThat(w[at + i]).as("%s[%d]", p.name(), i).isCloseTo(values[i], within(1e-5f));
                }
                at += size;
            }
            assertThat(at).isEqualTo(NETWORKS.parameterCount());
        }
        float[] initial = NETWORKS.parameters(seed, 6);
        double moved = 0;
        for (int i = 0; i < w.length; i++) {
            moved += Math.abs(w[i] - initial[i]);
        }
        assertThat(moved).as("training moved the parameters").isGreaterThan(0.1);
    }

    @Test
    void aDivergedRunHasNoVolumeAndIsNamed() {
        // lr 1e30: the parameters overflow float32 within a few steps
        TrainingSetup wild = TrainingSetup.resolve(Map.of("task", "modadd", "modulus", 8, "steps", 4, "lr", 1e30,
                "weightDecay", 0));
        TrainedParameterVectors vectors = new TrainedParameterVectors(NETWORKS, NETWORKS, wild, ComputeDevice.CPU);
        try (TrainedVolumeSampler sampler = new TrainedVolumeSampler(new LocalVolumeSampler(vectors, OPTIONS, 2,
                ComputeDevice.CPU), vectors)) {
            var measured = sampler.measure(0, 2);
            assertThat(sampler.diverged()).containsExactly(0L, 1L, 2L, 3L);
            assertThat(measured.nonFinite()).containsExactly(true, true);
            assertThat(measured.of("local-volume")).containsOnly(Double.NaN);
        }
    }

    @Test
    void checkpointVolumesAreTheSameWhateverTheBatch() {
        long seed = 4;
        List<VolumeEstimate> together;
        List<VolumeEstimate> apart;
        try (LocalVolumeSampler sampler = new LocalVolumeSampler(vectors(), OPTIONS, seed, ComputeDevice.CPU)) {
            together = sampler.estimate(0, 6);
        }
        try (LocalVolumeSampler sampler = new LocalVolumeSampler(vectors(), OPTIONS, seed, ComputeDevice.CPU)) {
            apart = sampler.estimate(3, 2);
        }
        for (int k = 0; k < 2; k++) {
            assertThat(apart.get(k).radii()).containsExactly(together.get(3 + k).radii());
            assertThat(apart.get(k).logMasses()).containsExactly(together.get(3 + k).logMasses());
        }
        // the volume around trained parameters is not the volume around the initial ones
        try (LocalVolumeSampler sampler = new LocalVolumeSampler(NETWORKS, OPTIONS, seed, ComputeDevice.CPU)) {
            assertThat(sampler.estimate(3, 1).get(0).radii()).isNotEqualTo(together.get(3).radii());
        }
    }
}
