package dev.redshift.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrokkingTest {

    private static final int[] STEPS = {0, 10, 20, 30, 40, 50};

    @Test
    void aRunGrokksAtTheFirstCheckpointWithHighTestAccuracyOnceItsTrainingSetIsFitted() {
        // fitted at 20, generalises at 40
        assertThat(Grokking.step(STEPS, new double[] {0.1, 0.6, 1, 1, 1, 1},
                new double[] {0.0, 0.02, 0.05, 0.4, 0.92, 0.99})).isEqualTo(40);
    }

    @Test
    void highTestAccuracyBeforeTheFitCountsOnlyFromTheFitOn() {
        // test accuracy 0.95 at 10, but the training set is fitted only at 30
        assertThat(Grokking.step(STEPS, new double[] {0.1, 0.9, 0.99, 1, 1, 1},
                new double[] {0.0, 0.95, 0.5, 0.93, 0.95, 0.95})).isEqualTo(30);
        assertThat(Grokking.step(STEPS, new double[] {0.1, 0.9, 0.99, 1, 1, 1},
                new double[] {0.0, 0.95, 0.95, 0.5, 0.5, 0.5})).isEqualTo(-1);
    }

    @Test
    void aRunThatMemorisesWithoutGeneralisingOrNeverFitsDoesNotGrok() {
        assertThat(Grokking.step(STEPS, new double[] {0.1, 1, 1, 1, 1, 1},
                new double[] {0, 0.01, 0.02, 0.02, 0.89, 0.899})).isEqualTo(-1);
        assertThat(Grokking.step(STEPS, new double[] {0.1, 0.5, 0.9, 0.99, 0.99, 0.99},
                new double[] {0, 0.5, 0.9, 0.95, 0.95, 0.95})).isEqualTo(-1);
    }

    @Test
    void theThresholdItselfCounts() {
        assertThat(Grokking.step(new int[] {0, 10}, new double[] {1, 1}, new double[] {0.5, 0.9})).isEqualTo(10);
    }

    @Test
    void trainedRunsReportWhetherAndWhenTheyGrokked() {
        TrainingSetup setup = TrainingSetup.resolve(java.util.Map.of("task", "modadd", "modulus", 7,
                "trainFraction", 0.6, "steps", 400, "lr", 0.02, "weightDecay", 0));
        var networks = new dev.redshift.network.ModAddNetworks(new dev.redshift.network.ModAddNetworks.Config(7, 8,
                16, 1, dev.redshift.network.StandardActivation.RELU, 1)).trainable();
        var domain = dev.redshift.eval.EvaluationDomain.of(networks, 64, 1);
        var measures = java.util.List.of(RunMeasure.parse("grokked", null), RunMeasure.parse("grokking-step", null),
                RunMeasure.parse("train-accuracy", null), RunMeasure.parse("test-accuracy", null));
        try (TrainingSampler sampler = new TrainingSampler(networks, setup, domain, measures, 3,
                dev.redshift.network.ComputeDevice.CPU, 0)) {
            var measured = sampler.measure(0, 4);
            for (int k = 0; k < 4; k++) {
                double grokked = measured.of("grokked")[k];
                double step = measured.of("grokking-step")[k];
                assertThat(grokked).isIn(0.0, 1.0);
                if (grokked == 1) {
                    // it grokked at a checkpoint, so by the end it had fitted its training pairs once
                    assertThat(step % Grokking.EVERY == 0 || step == 400).isTrue();
                    assertThat(step).isBetween(0.0, 400.0);
                } else {
                    assertThat(step).isNaN();
                }
            }
            // after 400 steps at lr 0.02 every run fits its training pairs; one that ends above 0.9 on the test
            // pairs grokked at the latest at the last checkpoint
            for (int k = 0; k < 4; k++) {
                if (measured.of("train-accuracy")[k] == 1 && measured.of("test-accuracy")[k] >= 0.9) {
                    assertThat(measured.of("grokked")[k]).isEqualTo(1.0);
                }
            }
        }
    }
}
