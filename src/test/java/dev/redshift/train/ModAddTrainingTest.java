package dev.redshift.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.ModAddNetworks;
import dev.redshift.network.StackedParameter;
import dev.redshift.network.StandardActivation;
import dev.redshift.network.TorchRuntime;
import dev.redshift.network.TrainableModAdd;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModAddTrainingTest {

    private static final ModAddNetworks.Config SMALL = new ModAddNetworks.Config(7, 6, 12, 1,
            StandardActivation.RELU, 1);

    private static TrainingSetup modadd(int steps, double lr, Double weightDecay) {
        Map<String, Object> raw = new LinkedHashMap<>(Map.of("task", "modadd", "modulus", 7, "steps", steps,
                "lr", lr));
        if (weightDecay != null) {
            raw.put("weightDecay", weightDecay);
        }
        return TrainingSetup.resolve(raw);
    }

    @Test
    void everyPairIsLabelledWithItsSumModNAndThirtyPercentTrain() {
        TaskData data = modadd(1, 0.01, null).data();
        RunData run = data.split(3, 0);
        // round(0.3 · 49) = 15 pairs train, 34 test
        assertThat(run.trainPoints()).isEqualTo(15);
        assertThat(run.testPoints()).isEqualTo(34);
        Set<Integer> seen = new HashSet<>();
        for (RunData.PointSet set : List.of(RunData.PointSet.TRAIN, RunData.PointSet.TEST)) {
            float[] x = run.inputs(set);
            float[] y = run.targets(set);
            for (int p = 0; p < y.length; p++) {
                int a = (int) x[2 * p];
                int b = (int) x[2 * p + 1];
                assertThat(y[p]).isEqualTo((float) ((a + b) % 7));
                assertThat(seen.add(a * 7 + b)).as("pair (%d, %d) once", a, b).isTrue();
            }
        }
        assertThat(seen).hasSize(49);
        assertThat(data.split(3, 0).trainInputs()).isEqualTo(run.trainInputs());
        assertThat(data.split(3, 1).trainInputs()).isNotEqualTo(run.trainInputs());
        // the pairs in answer-table order: pair p = a·N + b
        float[] all = data.sequencePoints();
        assertThat(all[2 * 10]).isEqualTo(1f);
        assertThat(all[2 * 10 + 1]).isEqualTo(3f);
    }

    @Test
    void theDefaultsAreTheGrokkingLiteraturesAndWeightDecayZeroLeavesTheSetupAsBefore() {
        TrainingSetup setup = TrainingSetup.resolve(Map.of("task", "modadd"));
        assertThat(setup.number("trainFraction")).isEqualTo(0.3);
        assertThat(setup.weightDecay()).isEqualTo(1.0);
        assertThat(setup.learningRate()).isEqualTo(0.001);
        TrainingSetup modulo = TrainingSetup.resolve(Map.of("task", "modulo"));
        assertThat(modulo.weightDecay()).isZero();
        // no weightDecay key in the map of a setup without decay: labels and cache keys stay as they were
        assertThat(modulo.asMap()).doesNotContainKey("weightDecay");
        assertThat(TrainingSetup.resolve(Map.of("task", "modulo", "weightDecay", 0)).asMap())
                .isEqualTo(modulo.asMap());
        assertThatThrownBy(() -> TrainingSetup.resolve(Map.of("task", "modulo", "weightDecay", -1)))
                .hasMessageContaining("weightDecay must be at least 0");
    }

    @Test
    void crossEntropyAndItsGradientAreTheSoftmaxOnesComputedByHand() {
        float[] logits = {1, 2, 0.5f, -1, 0, 3};
        float[] labels = {1, 2};
        try (NDManager manager = TorchRuntime.newManager(ComputeDevice.CPU)) {
            NDArray z = manager.create(logits, new Shape(1, 2, 3));
            z.setRequiresGradient(true);
            NDArray y = manager.create(labels, new Shape(1, 2));
            float[] loss = new float[1];
            Autograd.recording(() -> {
                NDArray l = Objective.CROSS_ENTROPY.loss(z, y);
                loss[0] = l.getFloat(0);
                Autograd.backward(l.sum());
                return l;
            });
            float[] gradient = z.getGradient().toFloatArray();
            double expectedLoss = 0;
            for (int p = 0; p < 2; p++) {
                double norm = 0;
                for (int c = 0; c < 3; c++) {
                    norm += Math.exp(logits[3 * p + c]);
                }
                expectedLoss += -(logits[3 * p + (int) labels[p]] - Math.log(norm)) / 2;
                for (int c = 0; c < 3; c++) {
                    double softmax = Math.exp(logits[3 * p + c]) / norm;
                    double expected = (softmax - (c == labels[p] ? 1 : 0)) / 2;
                    assertThat((double) gradient[3 * p + c]).isCloseTo(expected, within(1e-6));
                }
            }
            assertThat((double) loss[0]).isCloseTo(expectedLoss, within(1e-6));
            try (NDArray predicted = Objective.CROSS_ENTROPY.predictions(z)) {
                assertThat(predicted.toFloatArray()).containsExactly(1f, 2f);
            }
            assertThat(Objective.CROSS_ENTROPY.accuracy(new float[] {1, 0}, 0, labels, 0, 2)).isEqualTo(0.5);
        }
    }

    @Test
    void oneAdamWStepFollowsPyTorchsFormula() {
        double lr = 0.01;
        double decay = 0.5;
        TrainingSetup setup = modadd(1, lr, decay);
        TrainableModAdd networks = new ModAddNetworks(SMALL).trainable();
        Trainer trainer = new Trainer(networks, setup.data(), setup);
        try (NDManager manager = TorchRuntime.newManager(ComputeDevice.CPU)) {
            List<float[]> gradients = trainer.initialGradients(manager, 5, 0, 2);
            TrainedRuns runs = trainer.train(manager, 5, 0, 2, null, 0);
            int checked = 0;
            for (int t = 0; t < runs.initial().size(); t++) {
                float[] before = runs.initial().get(t).array().toFloatArray();
                float[] after = runs.trained().get(t).array().toFloatArray();
                for (int i = 0; i < before.length; i++) {
                    double g = gradients.get(t)[i];
                    // torch.optim.AdamW, step 1: p·(1 − lr·λ) − lr·m̂/(√v̂ + ε), m̂ = g, v̂ = g²
                    double expected = before[i] * (1 - lr * decay) - lr * g / (Math.abs(g) + 1e-8);
                    if (Math.abs(g) > 1e-3) {
                        // DJL puts ε beside √v before the bias correction, ε/√(1 − β₂) = 3.2e-7 after it: the
                        // step differs from PyTorch's by at most lr·3.2e-7/|g|, plus float rounding
                        double djlEpsilon = lr * 1e-8 / Math.sqrt(1 - 0.999) / Math.abs(g);
                        assertThat((double) after[i]).isCloseTo(expected, within(1e-6 + djlEpsilon));
                        checked++;
                    } else if (g == 0) {
                        assertThat((double) after[i]).isCloseTo(before[i] * (1 - lr * decay), within(1e-7));
                    }
                }
            }
            assertThat(checked).isGreaterThan(100);
        }
    }

    @Test
    void weightDecayZeroTrainsBitForBitAsPlainAdam() {
        TrainingSetup none = modadd(20, 0.01, 0.0);
        TrainingSetup some = modadd(20, 0.01, 0.1);
        TrainableModAdd networks = new ModAddNetworks(SMALL).trainable();
        try (NDManager manager = TorchRuntime.newManager(ComputeDevice.CPU)) {
            float[] plain = trained(new Trainer(networks, none.data(), none), manager, 0, 2, 0);
            float[] again = trained(new Trainer(networks, none.data(), none), manager, 0, 2, 0);
            float[] decayed = trained(new Trainer(networks, some.data(), some), manager, 0, 2, 0);
            assertThat(again).isEqualTo(plain);
            assertThat(decayed).isNotEqualTo(plain);
        }
    }

    @Test
    void aRunTrainsToTheSameParametersInAnyBatch() {
        TrainingSetup setup = modadd(30, 0.01, 1.0);
        TrainableModAdd networks = new ModAddNetworks(SMALL).trainable();
        try (NDManager manager = TorchRuntime.newManager(ComputeDevice.CPU)) {
            Trainer trainer = new Trainer(networks, setup.data(), setup);
            float[] inFour = trained(trainer, manager, 0, 4, 2);
            float[] inTwo = trained(trainer, manager, 2, 2, 0);
            assertThat(inTwo).containsExactly(inFour, within(1e-6f));
        }
    }

    @Test
    void aSmallModAddNetworkFitsItsTrainingPairs() {
        TrainingSetup setup = modadd(300, 0.01, 0.0);
        TrainableModAdd networks = new ModAddNetworks(SMALL).trainable();
        Trainer trainer = new Trainer(networks, setup.data(), setup);
        try (NDManager manager = TorchRuntime.newManager(ComputeDevice.CPU)) {
            TrainedRuns runs = trainer.train(manager, 1, 0, 2, null, 0);
            RunData run = runs.data()[0];
            try (NDArray x = manager.create(Trainer.stack(runs.data(), RunData.PointSet.TRAIN, true),
                    new Shape(2, run.trainPoints(), 2));
                    NDArray logits = networks.forward(x, runs.trained());
                    NDArray classes = Objective.CROSS_ENTROPY.predictions(logits)) {
                assertThat(Objective.CROSS_ENTROPY.accuracy(classes.toFloatArray(), 0, run.trainTargets(), 0,
                        run.trainPoints())).isEqualTo(1.0);
            }
        }
    }

    @Test
    void theTrainableFormComputesTheFamilysLogitsFromTheSameParameters() {
        ModAddNetworks family = new ModAddNetworks(SMALL);
        TrainableModAdd networks = family.trainable();
        TaskData data = modadd(1, 0.01, null).data();
        try (NDManager manager = TorchRuntime.newManager(ComputeDevice.CPU)) {
            List<StackedParameter> parameters = networks.initialParameters(manager, 9, 4, 2);
            float[] flat = new float[2 * family.parameterCount()];
            System.arraycopy(family.parameters(9, 4), 0, flat, 0, family.parameterCount());
            System.arraycopy(family.parameters(9, 5), 0, flat, family.parameterCount(), family.parameterCount());
            try (NDArray x = manager.create(data.sequencePoints(), new Shape(49, 2));
                    NDArray ours = networks.forward(x, parameters);
                    NDArray w = manager.create(flat, new Shape(2, family.parameterCount()));
                    NDArray theirs = family.outputs(w)) {
                assertThat(ours.getShape()).isEqualTo(new Shape(2, 49, 7));
                assertThat(ours.toFloatArray()).containsExactly(theirs.toFloatArray(), within(1e-5f));
            }
        }
    }

    @Test
    void aTaskAndAFamilyThatDoNotGoTogetherAreRefused() {
        TrainingSetup setup = TrainingSetup.resolve(Map.of("task", "modadd"));
        assertThatThrownBy(() -> TrainingTasks.fitted(setup, "mlp", Map.of("width", 64)))
                .hasMessage("task modadd trains network modadd only; got network mlp — use network: modadd");
        assertThatThrownBy(() -> TrainingTasks.fitted(TrainingSetup.resolve(Map.of("task", "modulo")), "modadd",
                Map.of("modulus", 7))).hasMessage("network modadd trains on task modadd only; got task modulo");
        assertThat(TrainingTasks.fitted(setup, "modadd", Map.of("modulus", 7)).integer("modulus")).isEqualTo(7);
        assertThatThrownBy(() -> TrainingTasks.fitted(modadd(1, 0.01, null).with("modulus", 5), "modadd",
                Map.of("modulus", 7))).hasMessageContaining("train.modulus 5 differs from the network's modulus 7");
    }

    /** The trained parameters of runs first+skip.., flattened run-major per tensor. */
    private static float[] trained(Trainer trainer, NDManager manager, long first, int count, int skip) {
        TrainedRuns runs = trainer.train(manager, 1, first, count, null, 0);
        List<float[]> parts = new java.util.ArrayList<>();
        int length = 0;
        for (StackedParameter p : runs.trained()) {
            float[] all = p.array().toFloatArray();
            int per = (int) p.sizePerNetwork();
            float[] kept = java.util.Arrays.copyOfRange(all, skip * per, all.length);
            parts.add(kept);
            length += kept.length;
        }
        float[] out = new float[length];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
