package dev.redshift.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.MlpNetworks;
import dev.redshift.network.StackedParameter;
import dev.redshift.network.StandardActivation;
import dev.redshift.network.TorchRuntime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FineTuneTaskTest {

    private static final MlpNetworks.Config SMALL = new MlpNetworks.Config(StandardActivation.TANH, 2, 8, 1, 1, 1,
            false, false, false, 2);

    private static TrainingSetup finetune(Object... keys) {
        Map<String, Object> block = new LinkedHashMap<>(Map.of("task", "finetune", "trainFraction", 0.05,
                "steps", 3, "lr", 0.01));
        for (int k = 0; k < keys.length; k += 2) {
            block.put((String) keys[k], keys[k + 1]);
        }
        return TrainingSetup.resolve(block);
    }

    /** The wave vector (cycles across the side, per axis) of the largest DFT coefficient of a 64×64 image. */
    private static double peakCycles(float[] image) {
        int m = 64;
        double best = -1;
        double cycles = 0;
        for (int a = 0; a <= 16; a++) {
            for (int b = -16; b <= 16; b++) {
                if (a == 0 && b <= 0) {
                    continue;
                }
                double re = 0;
                double im = 0;
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < m; j++) {
                        double angle = -2 * Math.PI * (a * i + b * j) / (double) m;
                        double v = image[i * m + j] - 0.5;
                        re += v * Math.cos(angle);
                        im += v * Math.sin(angle);
                    }
                }
                double power = re * re + im * im;
                if (power > best) {
                    best = power;
                    cycles = Math.hypot(a, b);
                }
            }
        }
        return cycles;
    }

    @Test
    void eachRunPretrainsOnTheHighWaveAndFineTunesOnTheLowOneOfAnotherOrientation() {
        for (long run = 0; run < 6; run++) {
            double[] a = FineTuneTask.angles(3, run);
            // the DFT counts cycles over m samples, the wave over the m − 1 intervals of the side: within a bin
            assertThat(peakCycles(FineTuneTask.wave(8, a[0], a[1]))).isCloseTo(8, within(1.0));
            assertThat(peakCycles(FineTuneTask.wave(2, a[2], a[3]))).isCloseTo(2, within(1.0));
            double turn = a[2] - a[0];
            assertThat(turn).as("run %d's orientations", run).isBetween(Math.PI / 4, 3 * Math.PI / 4);
        }
        assertThat(FineTuneTask.angles(3, 1)).isEqualTo(FineTuneTask.angles(3, 1))
                .isNotEqualTo(FineTuneTask.angles(3, 2)).isNotEqualTo(FineTuneTask.angles(4, 1));
    }

    @Test
    void bothPhasesTrainOnTheSamePixelsOfTheirOwnWave() {
        TaskData data = finetune("frequency", 1.5).data();
        TaskData first = data.pretraining().data();
        RunData fine = data.split(7, 2);
        RunData pre = first.split(7, 2);
        assertThat(fine.trainInputs()).isEqualTo(pre.trainInputs());
        assertThat(fine.trainPoints()).isEqualTo((int) Math.round(0.05 * 4096));
        assertThat(fine.trainTargets()).isNotEqualTo(pre.trainTargets());
        double[] a = FineTuneTask.angles(7, 2);
        float[] wave = FineTuneTask.wave(1.5, a[2], a[3]);
        float[] all = fine.testTargets();
        assertThat(all.length + fine.trainPoints()).isEqualTo(4096);
        // every target is a pixel of run 2's fine-tuning wave
        float[] sorted = wave.clone();
        Arrays.sort(sorted);
        for (float t : fine.trainTargets()) {
            assertThat(Arrays.binarySearch(sorted, t)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void fineTuningStartsFromTheNetworkPretrainedOnTheFirstWave() {
        TrainingSetup setup = finetune("pretrainSteps", 20);
        MlpNetworks networks = new MlpNetworks(SMALL);
        TaskData data = setup.data();
        try (NDManager manager = TorchRuntime.newManager(ComputeDevice.CPU)) {
            TrainedRuns runs = new Trainer(networks, data, setup).train(manager, 5, 0, 3, null, 0);
            // the pre-training alone: 20 steps on the first wave from the drawn networks
            TrainingSetup alone = finetune("pretrainSteps", 0, "steps", 20);
            TrainedRuns pretrained = new Trainer(networks, data.pretraining().data(), alone)
                    .train(manager, 5, 0, 3, null, 0);
            List<StackedParameter> drawn = networks.initialParameters(manager, 5, 0, 3);
            for (int t = 0; t < drawn.size(); t++) {
                float[] start = runs.initial().get(t).array().toFloatArray();
                float[] expected = pretrained.trained().get(t).array().toFloatArray();
                for (int i = 0; i < start.length; i++) {
                    assertThat(start[i]).isCloseTo(expected[i], within(1e-6f));
                }
                assertThat(start).isNotEqualTo(drawn.get(t).array().toFloatArray());
            }
        }
    }

    @Test
    void withoutPretrainingFineTuningStartsFromTheDrawnNetwork() {
        TrainingSetup setup = finetune("pretrainSteps", 0);
        MlpNetworks networks = new MlpNetworks(SMALL);
        try (NDManager manager = TorchRuntime.newManager(ComputeDevice.CPU)) {
            TrainedRuns runs = new Trainer(networks, setup.data(), setup).train(manager, 5, 0, 2, null, 0);
            List<StackedParameter> drawn = networks.initialParameters(manager, 5, 0, 2);
            for (int t = 0; t < drawn.size(); t++) {
                assertThat(runs.initial().get(t).array().toFloatArray())
                        .isEqualTo(drawn.get(t).array().toFloatArray());
            }
        }
    }

    @Test
    void shufflingKeepsEveryTensorsPretrainedValuesAndLosesTheirArrangement() {
        MlpNetworks networks = new MlpNetworks(SMALL);
        TrainingSetup plain = finetune("pretrainSteps", 10);
        TrainingSetup shuffled = finetune("pretrainSteps", 10, "shuffle", true);
        try (NDManager manager = TorchRuntime.newManager(ComputeDevice.CPU)) {
            TrainedRuns a = new Trainer(networks, plain.data(), plain).train(manager, 9, 0, 2, null, 0);
            TrainedRuns b = new Trainer(networks, shuffled.data(), shuffled).train(manager, 9, 0, 2, null, 0);
            for (int t = 0; t < a.initial().size(); t++) {
                int size = (int) a.initial().get(t).sizePerNetwork();
                float[] pretrained = a.initial().get(t).array().toFloatArray();
                float[] permuted = b.initial().get(t).array().toFloatArray();
                for (int k = 0; k < 2; k++) {
                    float[] x = Arrays.copyOfRange(pretrained, k * size, (k + 1) * size);
                    float[] y = Arrays.copyOfRange(permuted, k * size, (k + 1) * size);
                    if (size > 2) {
                        assertThat(y).as("tensor %d of run %d is rearranged", t, k).isNotEqualTo(x);
                    }
                    Arrays.sort(x);
                    Arrays.sort(y);
                    assertThat(y).as("tensor %d of run %d keeps its values", t, k).isEqualTo(x);
                }
            }
        }
    }

    @Test
    void initialMeasuresAloneReadThePretrainedStartNotTheDrawnNetwork() {
        TrainingSetup setup = finetune("pretrainSteps", 30);
        java.util.function.Function<List<String>, dev.redshift.eval.MeasuredNetworks> measure = names -> {
            try (TrainingSampler s = new TrainingSampler(new MlpNetworks(SMALL), setup, new dev.redshift.eval.Grid(16, 2),
                    names.stream().map(m -> RunMeasure.parse(m, dev.redshift.measure.MeasureOptions.DEFAULTS)).toList(),
                    4, ComputeDevice.CPU, 0)) {
                return s.measure(0, 2);
            }
        };
        double[] alone = measure.apply(List.of("init:fourier")).of("init:fourier");
        double[] beside = measure.apply(List.of("init:fourier", "fourier")).of("init:fourier");
        TrainingSetup drawn = finetune("pretrainSteps", 0);
        double[] fresh;
        try (TrainingSampler s = new TrainingSampler(new MlpNetworks(SMALL), drawn, new dev.redshift.eval.Grid(16, 2),
                List.of(RunMeasure.parse("init:fourier", dev.redshift.measure.MeasureOptions.DEFAULTS)), 4,
                ComputeDevice.CPU, 0)) {
            fresh = s.measure(0, 2).of("init:fourier");
        }
        for (int k = 0; k < 2; k++) {
            assertThat(alone[k]).isCloseTo(beside[k], within(1e-6)).isNotCloseTo(fresh[k], within(1e-6));
        }
    }

    @Test
    void aNegativePretrainingLengthIsRefusedNamingTheKey() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> finetune("pretrainSteps", -1))
                .hasMessage("pretrainSteps must be at least 0, got -1");
    }
}
