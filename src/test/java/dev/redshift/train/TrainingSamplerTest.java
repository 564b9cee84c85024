package dev.redshift.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.Grid;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.MlpNetworks;
import dev.redshift.network.StackedParameter;
import dev.redshift.network.StandardActivation;
import dev.redshift.network.TorchRuntime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingSamplerTest {

    private static final List<String> MEASURES = List.of("train-accuracy", "test-accuracy", "fourier", "init:lz",
            "shuffled:lz", "weight-magnitude", "shuffled-minus-init:lz");

    private static TrainingSampler sampler(MlpNetworks.Config config, TrainingSetup setup, int batch) {
        return new TrainingSampler(new MlpNetworks(config), setup, new Grid(16, 2),
                MEASURES.stream().map(m -> RunMeasure.parse(m, MeasureOptions.DEFAULTS)).toList(), 21,
                ComputeDevice.CPU, batch);
    }

    @Test
    void aRunIsTheSameWhateverBatchItTrainsIn() {
        MlpNetworks.Config config = new MlpNetworks.Config(StandardActivation.GELU, 2, 16, 1, 1, 1, true, true, true, 2);
        TrainingSetup setup = TrainingSetup.resolve(Map.of("task", "modulo", "N", 8, "M", 4, "steps", 30, "lr", 0.01));
        MeasuredNetworks together;
        try (TrainingSampler s = sampler(config, setup, 5)) {
            together = s.measure(0, 5);
        }
        double[] gain = together.of("shuffled-minus-init:lz");
        for (int k = 0; k < 5; k++) {
            assertThat(gain[k]).isEqualTo(together.of("shuffled:lz")[k] - together.of("init:lz")[k]);
        }
        try (TrainingSampler s = sampler(config, setup, 2)) {
            MeasuredNetworks ones = s.measure(3, 1);
            MeasuredNetworks pairs = s.measure(1, 2);
            for (int m = 0; m < MEASURES.size(); m++) {
                assertThat(ones.values()[m][0]).as(MEASURES.get(m)).isCloseTo(together.values()[m][3], within(1e-5));
                assertThat(pairs.values()[m][0]).as(MEASURES.get(m)).isCloseTo(together.values()[m][1], within(1e-5));
                assertThat(pairs.values()[m][1]).as(MEASURES.get(m)).isCloseTo(together.values()[m][2], within(1e-5));
            }
        }
    }

    @Test
    void aReluMlpLearnsTheLowFrequencyModuloTask() {
        MlpNetworks.Config config = new MlpNetworks.Config(StandardActivation.RELU, 2, 32, 1, 1, 1, false, false, false, 2);
        TrainingSetup setup = TrainingSetup.resolve(Map.of("task", "modulo", "M", 10, "steps", 200, "lr", 0.02));
        try (TrainingSampler s = sampler(config, setup, 0)) {
            MeasuredNetworks runs = s.measure(0, 4);
            assertThat(Arrays.stream(runs.of("train-accuracy")).average().orElseThrow()).isGreaterThan(0.95);
            assertThat(Arrays.stream(runs.of("weight-magnitude")).min().orElseThrow()).isPositive();
        }
    }

    @Test
    void shufflingKeepsEachTensorsValuesAndMovesThem() {
        MlpNetworks networks = new MlpNetworks(MlpNetworks.Config.of(StandardActivation.TANH, 2, 8, 1));
        try (NDManager manager = TorchRuntime.newManager(ComputeDevice.CPU)) {
            List<StackedParameter> before = networks.initialParameters(manager, 4, 0, 3);
            List<StackedParameter> after = WeightShuffle.of(manager, before, 4, 0);
            List<StackedParameter> again = WeightShuffle.of(manager, before, 4, 0);
            for (int t = 0; t < before.size(); t++) {
                float[] a = before.get(t).array().toFloatArray();
                float[] b = after.get(t).array().toFloatArray();
                assertThat(again.get(t).array().toFloatArray()).as("same seed, same shuffle").containsExactly(b);
                int size = (int) before.get(t).sizePerNetwork();
                for (int k = 0; k < 3; k++) {
                    float[] x = Arrays.copyOfRange(a, k * size, (k + 1) * size);
                    float[] y = Arrays.copyOfRange(b, k * size, (k + 1) * size);
                    if (size > 4) {
                        assertThat(y).as("%s of network %d is rearranged", before.get(t).name(), k).isNotEqualTo(x);
                    }
                    Arrays.sort(x);
                    Arrays.sort(y);
                    assertThat(y).as("%s of network %d keeps its values", before.get(t).name(), k).containsExactly(x);
                }
            }
        }
    }

    @Test
    void aNearlyLinearMlpLearnsTheColorShortcutOfColoredDigits() {
        MlpNetworks networks = new MlpNetworks(new MlpNetworks.Config(StandardActivation.TANH, 1, 16, 1, 1, 0.5, false,
                false, false, 812));
        TrainingSetup setup = TrainingSetup.resolve(Map.of("task", "colored-digits", "train", 300, "test", 200,
                "steps", 200, "lr", 0.002));
        List<RunMeasure> measures = List.of("color-accuracy", "test-accuracy").stream()
                .map(m -> RunMeasure.parse(m, MeasureOptions.DEFAULTS)).toList();
        try (TrainingSampler s = new TrainingSampler(networks, setup, EvaluationDomain.forInputs(812, 8, 3), measures,
                3, ComputeDevice.CPU, 0)) {
            MeasuredNetworks runs = s.measure(0, 2);
            // predicting the color column gives color accuracy 1; ignoring it (a constant 0.5) 0.75
            assertThat(Arrays.stream(runs.of("color-accuracy")).min().orElseThrow()).isGreaterThan(0.85);
            // the color of the digit set is uniform, so the shortcut does no better than chance there
            assertThat(Arrays.stream(runs.of("test-accuracy")).max().orElseThrow()).isLessThan(0.8);
        }
    }

    @Test
    void measuresOfTheInitialNetworkAloneAreTheSameAsBesideTrainedOnes() {
        MlpNetworks networks = new MlpNetworks(new MlpNetworks.Config(StandardActivation.SIN, 2, 8, 1, 1, 2, false,
                false, false, 812));
        TrainingSetup setup = TrainingSetup.resolve(Map.of("task", "colored-digits", "train", 50, "test", 20,
                "steps", 5, "lr", 0.01));
        EvaluationDomain domain = EvaluationDomain.forInputs(812, 16, 9);
        double[] alone;
        try (TrainingSampler s = new TrainingSampler(networks, setup, domain,
                List.of(RunMeasure.parse("init:lz", MeasureOptions.DEFAULTS)), 9, ComputeDevice.CPU, 0)) {
            alone = s.measure(0, 3).of("init:lz");
        }
        try (TrainingSampler s = new TrainingSampler(networks, setup, domain, List.of(RunMeasure.parse("test-accuracy",
                MeasureOptions.DEFAULTS), RunMeasure.parse("init:lz", MeasureOptions.DEFAULTS)), 9, ComputeDevice.CPU, 0)) {
            assertThat(s.measure(0, 3).of("init:lz")).containsExactly(alone);
        }
    }

    @Test
    void aBatchOfColoredDigitsRunsKeepsItsStackedDigitsWithinTheTrainingBudget() {
        MlpNetworks networks = new MlpNetworks(new MlpNetworks.Config(StandardActivation.TANH, 2, 64, 1, 1, 1, false,
                false, false, 812));
        TrainingSetup setup = TrainingSetup.resolve(Map.of("task", "colored-digits", "steps", 1));
        try (TrainingSampler s = new TrainingSampler(networks, setup, EvaluationDomain.forInputs(812, 8, 1),
                List.of(RunMeasure.parse("color-accuracy", MeasureOptions.DEFAULTS)), 1, ComputeDevice.CPU, 0)) {
            // 6,000 digits × 812 floats is 19.5 MB per run, held in Java and in PyTorch: however many runs a claim
            // asks for, a batch stays within the sampler's 256 MiB
            long stacked = 2L * 6000 * 812 * Float.BYTES;
            assertThat(s.batchSize()).isBetween(2, (int) ((256L << 20) / stacked));
        }
    }
}
