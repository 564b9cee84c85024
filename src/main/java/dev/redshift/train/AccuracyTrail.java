package dev.redshift.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.redshift.network.StackedParameter;
import dev.redshift.network.TrainableNetworks;
import java.util.ArrayList;
import java.util.List;

/**
 * The training and test accuracy of every run of a batch at each checkpoint of its training (a
 * {@link Trainer.StepListener}), from which {@link Grokking} reads when a run grokked.
 */
final class AccuracyTrail implements Trainer.StepListener {

    private final TrainableNetworks networks;
    private final TaskData data;
    private final RunData[] runs;
    private final NDManager manager;
    private final List<Integer> steps = new ArrayList<>();
    private final List<double[]> train = new ArrayList<>();
    private final List<double[]> test = new ArrayList<>();

    /** @param runs the data of every run the batch trains, padding included, in order */
    AccuracyTrail(TrainableNetworks networks, TaskData data, RunData[] runs, NDManager manager) {
        this.networks = networks;
        this.data = data;
        this.runs = runs.clone();
        this.manager = manager;
    }

    @Override
    public void atStep(int step, List<StackedParameter> parameters) {
        steps.add(step);
        train.add(accuracies(parameters, RunData.PointSet.TRAIN));
        test.add(accuracies(parameters, RunData.PointSet.TEST));
    }

    private double[] accuracies(List<StackedParameter> parameters, RunData.PointSet set) {
        int points = runs[0].points(set);
        double[] out = new double[runs.length];
        try (NDManager scratch = manager.newSubManager();
                NDArray x = scratch.create(Trainer.stack(runs, set, true),
                        new Shape(runs.length, points, networks.inputs()));
                NDArray outputs = networks.forward(x, parameters);
                NDArray predictions = data.objective().predictions(outputs)) {
            float[] values = predictions.toFloatArray();
            for (int k = 0; k < runs.length; k++) {
                out[k] = data.objective().accuracy(values, k * points, runs[k].targets(set), 0, points);
            }
        }
        return out;
    }

    /** The step at which run k (of the batch) grokked, or −1. */
    int grokkingStep(int k) {
        int n = steps.size();
        int[] at = new int[n];
        double[] trainK = new double[n];
        double[] testK = new double[n];
        for (int i = 0; i < n; i++) {
            at[i] = steps.get(i);
            trainK[i] = train.get(i)[k];
            testK[i] = test.get(i)[k];
        }
        return Grokking.step(at, trainK, testK);
    }
}
