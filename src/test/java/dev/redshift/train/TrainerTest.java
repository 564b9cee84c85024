package dev.redshift.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.MlpNetworks;
import dev.redshift.network.StackedParameter;
import dev.redshift.network.StandardActivation;
import dev.redshift.network.TorchRuntime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TrainerTest {

    private static final MlpNetworks.Config SMALL = new MlpNetworks.Config(StandardActivation.TANH, 2, 5, 1, 1, 1.3,
            false, false, false, 2);

    private static TrainingSetup modulo(int steps, double lr) {
        return TrainingSetup.resolve(Map.of("task", "modulo", "N", 4, "M", 3, "steps", steps, "lr", lr));
    }

    private static TrainingSetup waves(int steps, double lr) {
        return TrainingSetup.resolve(Map.of("task", "image", "name", "waves", "steps", steps, "lr", lr));
    }

    @ParameterizedTest
    @ValueSource(strings = {"modulo", "waves"})
    void gradientsOfTheBatchedLossAreEachNetworksOwnFiniteDifferences(String task) {
        TrainingSetup setup = task.equals("modulo") ? modulo(1, 0.01) : waves(1, 0.01);
        MlpNetworks networks = new MlpNetworks(SMALL);
        Trainer trainer = new Trainer(networks, setup.data(), setup);
        long seed = 11;
        int count = 3;
        try (NDManager manager = TorchRuntime.newManager(ComputeDevice.CPU)) {
            List<float[]> gradients = trainer.initialGradients(manager, seed, 0, count);
            List<StackedParameter> initial = networks.initialParameters(manager, seed, 0, count);
            for (int k = 0; k < count; k++) {
                ReferenceNetwork reference = ReferenceNetwork.of(SMALL, initial, k);
                RunData run = setup.data().split(seed, k);
                boolean logit = setup.data().objective() == Objective.BINARY_LOGIT;
                for (int t = 0; t < initial.size(); t++) {
                    int size = (int) initial.get(t).sizePerNetwork();
                    for (int i = 0; i < size; i++) {
                        double expected = reference.finiteDifference(t, i, run, logit);
                        double actual = gradients.get(t)[k * size + i];
                        assertThat(actual).as("d loss_%d / d %s[%d]", k, initial.get(t).name(), i)
                                .isCloseTo(expected, within(2e-4 + 2e-3 * Math.abs(expected)));
                    }
                }
            }
        }
    }

    @Test
    void oneAdamStepFollowsTheFormula() {
        double lr = 0.01;
        TrainingSetup setup = modulo(1, lr);
        MlpNetworks networks = new MlpNetworks(SMALL);
        Trainer trainer = new Trainer(networks, setup.data(), setup);
        try (NDManager manager = TorchRuntime.newManager(ComputeDevice.CPU)) {
            List<float[]> gradients = trainer.initialGradients(manager, 5, 0, 2);
            TrainedRuns runs = trainer.train(manager, 5, 0, 2, null, 0);
            double b1 = 0.9;
            double b2 = 0.999;
            double eps = 1e-8;
            for (int t = 0; t < runs.initial().size(); t++) {
                float[] before = runs.initial().get(t).array().toFloatArray();
                float[] after = runs.trained().get(t).array().toFloatArray();
                for (int i = 0; i < before.length; i++) {
                    double g = gradients.get(t)[i];
                    double m = (1 - b1) * g;
                    double v = (1 - b2) * g * g;
                    double expected = before[i] - lr * Math.sqrt(1 - b2) / (1 - b1) * m / (Math.sqrt(v) + eps);
                    assertThat((double) after[i]).isCloseTo(expected, within(1e-6));
                }
            }
        }
    }

    @Test
    void aDivergedRunIsNamedAndNeverAveraged() {
        // weights near Float.MAX overflow every output: the loss is non-finite from the first step
        MlpNetworks networks = new MlpNetworks(new MlpNetworks.Config(StandardActivation.RELU, 2, 8, 1e36, 1, 1,
                false, false, false, 2));
        TrainingSetup setup = modulo(3, 0.01);
        try (TrainingSampler sampler = new TrainingSampler(networks, setup, new dev.redshift.eval.Grid(8, 2),
                List.of(RunMeasure.parse("test-accuracy", dev.redshift.measure.MeasureOptions.DEFAULTS)), 3,
                ComputeDevice.CPU, 0)) {
            var measured = sampler.measure(0, 3);
            assertThat(measured.of("test-accuracy")).containsOnly(Double.NaN);
            assertThat(measured.nonFinite()).containsExactly(true, true, true);
            assertThat(sampler.diverged()).containsExactly(0L, 1L, 2L);
            assertThat(TrainingSampler.describeDiverged(sampler.diverged()))
                    .isEqualTo("diverged (non-finite training loss): runs 0, 1, 2");
        }
    }

    @Test
    void aStepListenerSeesTheRecordedStepsAndLeavesTrainingAsItIs() {
        TrainingSetup setup = modulo(25, 0.02);
        MlpNetworks networks = new MlpNetworks(SMALL);
        Trainer trainer = new Trainer(networks, setup.data(), setup);
        try (NDManager manager = TorchRuntime.newManager(ComputeDevice.CPU)) {
            TrainedRuns quiet = trainer.train(manager, 9, 0, 2, null, 0);
            List<Integer> seen = new java.util.ArrayList<>();
            List<float[]> firstSeen = new java.util.ArrayList<>();
            TrainedRuns watched = trainer.train(manager, 9, 0, 2, (step, parameters) -> {
                seen.add(step);
                if (step == 0) {
                    parameters.forEach(p -> firstSeen.add(p.array().toFloatArray()));
                }
            }, 10);
            assertThat(seen).containsExactly(0, 10, 20, 25);
            for (int t = 0; t < quiet.trained().size(); t++) {
                assertThat(firstSeen.get(t)).as("step 0 sees the initial parameters")
                        .containsExactly(quiet.initial().get(t).array().toFloatArray());
                assertThat(watched.trained().get(t).array().toFloatArray()).as("watching changes nothing")
                        .containsExactly(quiet.trained().get(t).array().toFloatArray());
            }
        }
    }
}
