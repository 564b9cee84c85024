package dev.redshift.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.redshift.network.StackedParameter;
import dev.redshift.network.TrainableNetworks;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains a batch of runs of one configuration together, as one tensor program: the parameters of runs
 * first..first+count−1 are stacked along axis 0, the loss is each run's mean over its training points, summed
 * over runs (so no gradient mixes runs), and DJL's Adam (β₁ 0.9, β₂ 0.999, ε 1e-8) takes {@code steps}
 * full-batch steps. With a weight decay λ &gt; 0 each step first multiplies every parameter by 1 − lr·λ, PyTorch's
 * AdamW (decoupled decay); with λ = 0 nothing is multiplied, so plain Adam's trajectory is unchanged bit for
 * bit. Adam acts elementwise, so each run follows the trajectory it would follow alone, up to float rounding.
 */
public final class Trainer {

    /** Adam's β₁. */
    public static final float BETA1 = 0.9f;
    /** Adam's β₂. */
    public static final float BETA2 = 0.999f;
    /** Adam's ε. */
    public static final float EPSILON = 1e-8f;

    /** Steps between looks at the losses for divergence (a non-finite loss stays non-finite). */
    private static final int CHECK_EVERY = 50;

    private final TrainableNetworks networks;
    private final TaskData data;
    private final TrainingSetup setup;

    public Trainer(TrainableNetworks networks, TaskData data, TrainingSetup setup) {
        if (networks.inputs() != data.inputs()) {
            throw new IllegalArgumentException("task " + setup.task().id() + " feeds " + data.inputs()
                    + " inputs but the networks take " + networks.inputs() + " (set inputs: " + data.inputs() + ")");
        }
        this.networks = networks;
        this.data = data;
        this.setup = setup;
    }

    /** Sees the parameters of every run during training. */
    @FunctionalInterface
    public interface StepListener {
        /** Called before step {@code step} (0-based) and once after the last, with {@code step == steps}. */
        void atStep(int step, List<StackedParameter> parameters);
    }

    /** The task's data. */
    public TaskData data() {
        return data;
    }

    /**
     * Trains runs first..first+count−1; every array of the result lives on {@code manager}.
     *
     * @param listener sees the parameters every {@code every} steps, or null
     */
    public TrainedRuns train(NDManager manager, long seed, long first, int count, StepListener listener, int every) {
        RunData[] runs = splits(data, seed, first, count);
        List<StackedParameter> start = networks.initialParameters(manager, seed, first, count);
        double[] divergedAt = new double[count];
        java.util.Arrays.fill(divergedAt, Double.NaN);
        Pretraining pretraining = data.pretraining();
        if (pretraining != null && pretraining.changesStart()) {
            // App. E.3: the task's training starts from the pre-trained network, shuffled when asked; a run that
            // diverges while pre-training is diverged
            if (pretraining.steps() > 0) {
                start = fit(manager, pretraining.data(), splits(pretraining.data(), seed, first, count), start,
                        pretraining.steps(), null, 0, divergedAt);
            }
            if (pretraining.shuffle()) {
                start = WeightShuffle.of(manager, start, run -> RunStreams.startShuffle(seed, run), first);
            }
        }
        List<StackedParameter> trained = fit(manager, data, runs, start, setup.steps(), listener, every, divergedAt);
        if (listener != null && every > 0) {
            listener.atStep(setup.steps(), trained);
        }
        return new TrainedRuns(first, runs, start, trained, divergedAt);
    }

    private static RunData[] splits(TaskData data, long seed, long first, int count) {
        RunData[] runs = new RunData[count];
        for (int k = 0; k < count; k++) {
            runs[k] = data.split(seed, first + k);
        }
        return runs;
    }

    /**
     * {@code steps} Adam steps from {@code start} (left unchanged) on the runs' training points of {@code task};
     * the trained parameters, detached. Marks in {@code divergedAt} the first step a run's loss is seen non-finite.
     */
    private List<StackedParameter> fit(NDManager manager, TaskData task, RunData[] runs, List<StackedParameter> start,
            int steps, StepListener listener, int every, double[] divergedAt) {
        int count = runs.length;
        int trainPoints = runs[0].trainPoints();
        List<StackedParameter> parameters = new ArrayList<>();
        for (StackedParameter p : start) {
            NDArray copy = p.array().duplicate();
            copy.setRequiresGradient(true);
            parameters.add(new StackedParameter(p.name(), copy, p.weightMatrix()));
        }
        Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) setup.learningRate()))
                .optBeta1(BETA1).optBeta2(BETA2).optEpsilon(EPSILON).build();
        float decay = (float) (1 - setup.learningRate() * setup.weightDecay());
        try (NDArray x = manager.create(stack(runs, RunData.PointSet.TRAIN, true), new Shape(count, trainPoints, task.inputs()));
                NDArray y = manager.create(stack(runs, RunData.PointSet.TRAIN, false), new Shape(count, trainPoints))) {
            for (int step = 0; step < steps; step++) {
                if (listener != null && every > 0 && step % every == 0) {
                    listener.atStep(step, detached(parameters));
                }
                boolean look = step % CHECK_EVERY == 0 || step == steps - 1;
                try (NDManager scratch = manager.newSubManager()) {
                    NDArray losses = backward(scratch, task, x, y, parameters);
                    if (look) {
                        float[] values = losses.toFloatArray();
                        for (int k = 0; k < count; k++) {
                            if (!Float.isFinite(values[k]) && Double.isNaN(divergedAt[k])) {
                                divergedAt[k] = step;
                            }
                        }
                    }
                    for (StackedParameter p : parameters) {
                        if (decay != 1) {
                            // on a detached view of the same storage: autograd refuses in-place ops on its leaves
                            try (NDArray values = p.array().stopGradient()) {
                                values.muli(decay);
                            }
                        }
                        try (NDArray gradient = p.array().getGradient()) {
                            adam.update(p.name(), p.array(), gradient);
                        }
                    }
                }
            }
        }
        OptimizerState.close(adam);
        return detached(parameters);
    }

    /**
     * Each run's loss at the parameters, shape (count), on {@code scratch}; leaves d(Σ losses)/dθ in every
     * parameter's gradient.
     */
    private NDArray backward(NDManager scratch, TaskData task, NDArray x, NDArray y,
            List<StackedParameter> parameters) {
        NDArray losses = Autograd.recording(() -> {
            try (NDArray outputs = networks.forward(x, parameters)) {
                NDArray perRun = task.objective().loss(outputs, y);
                perRun.attach(scratch);
                NDArray total = perRun.sum();
                total.attach(scratch);
                Autograd.backward(total);
                return perRun;
            }
        });
        return losses;
    }

    /**
     * The gradient of each run's training loss at its initial parameters, per parameter tensor (run-major),
     * as the first step of {@link #train} computes it for a task without pre-training.
     */
    List<float[]> initialGradients(NDManager manager, long seed, long first, int count) {
        RunData[] runs = new RunData[count];
        for (int k = 0; k < count; k++) {
            runs[k] = data.split(seed, first + k);
        }
        int trainPoints = runs[0].trainPoints();
        List<StackedParameter> parameters = networks.initialParameters(manager, seed, first, count);
        parameters.forEach(p -> p.array().setRequiresGradient(true));
        try (NDManager scratch = manager.newSubManager();
                NDArray x = manager.create(stack(runs, RunData.PointSet.TRAIN, true), new Shape(count, trainPoints, data.inputs()));
                NDArray y = manager.create(stack(runs, RunData.PointSet.TRAIN, false), new Shape(count, trainPoints))) {
            backward(scratch, data, x, y, parameters);
            List<float[]> out = new ArrayList<>();
            for (StackedParameter p : parameters) {
                try (NDArray gradient = p.array().getGradient()) {
                    out.add(gradient.toFloatArray());
                }
            }
            return out;
        }
    }

    /** The parameters without their autograd history, for evaluation. */
    private static List<StackedParameter> detached(List<StackedParameter> parameters) {
        return parameters.stream()
                .map(p -> new StackedParameter(p.name(), p.array().stopGradient(), p.weightMatrix())).toList();
    }

    /** The runs' inputs or targets of one set, run-major. */
    static float[] stack(RunData[] runs, RunData.PointSet set, boolean inputs) {
        int length = 0;
        for (RunData r : runs) {
            length += part(r, set, inputs).length;
        }
        float[] out = new float[length];
        int at = 0;
        for (RunData r : runs) {
            float[] part = part(r, set, inputs);
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    private static float[] part(RunData r, RunData.PointSet set, boolean inputs) {
        return inputs ? r.inputs(set) : r.targets(set);
    }
}
