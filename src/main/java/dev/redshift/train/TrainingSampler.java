package dev.redshift.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.eval.NetworkSampler;
import dev.redshift.measure.Complexity;
import dev.redshift.measure.Observation;
import ai.djl.pytorch.jni.JniUtils;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.StackedParameter;
import dev.redshift.network.TorchRuntime;
import dev.redshift.network.TrainableNetworks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/**
 * The producer of trained claims (DESIGN §8): run k of a configuration draws network k exactly as the random
 * sampler does, trains it on the task and yields each measure of the run. Runs train in batches (one tensor
 * program per batch, each in its own NDManager, so memory stays flat however many runs are asked for); run k is
 * the same whatever batch it trains in. A diverged run (non-finite loss) gives NaN for every measure, is marked
 * non-finite (left out and counted, like a random network that overflows) and is listed by {@link #diverged()}.
 */
public final class TrainingSampler implements NetworkSampler {

    /** How the reason for a diverged run's missing values begins. */
    public static final String DIVERGED = "diverged (non-finite training loss)";

    /** Runs per training batch at most: beyond this the per-step work no longer amortises anything. */
    public static final int MAX_BATCH = 64;
    // PyTorch multiplies a batch of one along another path than larger batches; a lone run trains beside its
    // successor so that its numbers do not depend on the batch size.
    private static final int MIN_BATCH = 2;
    private static final long TRAINING_BUDGET_BYTES = 256L << 20;
    private static final long EVALUATION_BUDGET_BYTES = 64L << 20;

    private final TrainableNetworks networks;
    private final Trainer trainer;
    private final EvaluationDomain domain;
    private final List<RunMeasure> measures;
    private final long seed;
    private final int batchSize;
    private final int evaluationBatch;
    private final NDManager root;
    private final Map<Long, float[]> trainedFunctions = java.util.Collections.synchronizedMap(new TreeMap<>());
    private final java.util.SortedSet<Long> divergedSoFar = java.util.Collections.synchronizedSortedSet(
            new java.util.TreeSet<>());
    private final int workers;
    private final ExecutorService pool;
    // where the domain's measures read a network: the grid, or a sequence network's inputs in sequence order
    private final float[] domainPoints;
    // measures of the initial network only (init:lz, Fig. 9's top row) need no training
    private final boolean trains;

    /**
     * @param networks the configuration's networks
     * @param setup the task and training
     * @param domain where the §3 measures read a network's function
     * @param measures what to measure of each run
     * @param seed determines every run: its network, its split of the task, its shuffle
     * @param device where to train
     * @param batchSize runs per training batch, or 0 to size batches from memory
     */
    public TrainingSampler(TrainableNetworks networks, TrainingSetup setup, EvaluationDomain domain,
            List<RunMeasure> measures, long seed, ComputeDevice device, int batchSize) {
        this.networks = networks;
        this.trainer = new Trainer(networks, setup.data(), setup);
        float[] sequence = trainer.data().sequencePoints();
        this.domainPoints = sequence != null ? sequence : domain.points();
        if (domainPoints.length != domain.pointCount() * networks.inputs()) {
            throw new IllegalArgumentException("the domain has " + domain.inputs() + " inputs but the networks take "
                    + networks.inputs());
        }
        this.domain = domain;
        this.measures = List.copyOf(measures);
        this.seed = seed;
        // ... unless the task's training starts from a pre-trained network (finetune), which init: then reads
        Pretraining pretraining = trainer.data().pretraining();
        this.trains = this.measures.stream().anyMatch(m -> m.kind() != RunMeasure.Kind.INITIAL)
                || (pretraining != null && pretraining.changesStart());
        RunData sample = trainer.data().split(seed, 0);
        RunMeasure.checkTask(this.measures, setup.task().id(), trainer.data());
        int largestSet = Math.max(sample.trainPoints(), Math.max(sample.testPoints(),
                sample.points(RunData.PointSet.COLOR)));
        // autograd keeps every layer's activations for the backward pass: a few times the forward's memory; with
        // many inputs (colored-digits' 812) the stacked points themselves, in Java and in PyTorch, and each run's
        // sets weigh more than the activations
        long dataBytes = (long) Float.BYTES * networks.inputs() * (sample.trainPoints() + sample.testPoints()
                + sample.points(RunData.PointSet.COLOR) + 2L * largestSet);
        long perRun = 4 * networks.bytesPerNetwork(largestSet) + dataBytes;
        this.batchSize = batchSize > 0 ? batchSize
                : (int) Math.max(MIN_BATCH, Math.min(MAX_BATCH, TRAINING_BUDGET_BYTES / Math.max(1, perRun)));
        this.evaluationBatch = (int) Math.max(1, Math.min(this.batchSize,
                EVALUATION_BUDGET_BYTES / Math.max(1, networks.bytesPerNetwork(domain.pointCount()))));
        this.root = TorchRuntime.newManager(device);
        // with one PyTorch thread per core, batches train side by side; with more, one at a time
        this.workers = Math.max(1, Runtime.getRuntime().availableProcessors() / Math.max(1, JniUtils.getNumThreads()));
        this.pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "redshift-train");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public EvaluationDomain domain() {
        return domain;
    }

    /** Runs per training batch. */
    public int batchSize() {
        return batchSize;
    }

    /** The task's data (its image, for pictures of image tasks). */
    public TaskData data() {
        return trainer.data();
    }

    @Override
    public MeasuredNetworks measure(long first, int count) {
        double[][] values = new double[measures.size()][count];
        boolean[] nonFinite = new boolean[count];
        Map<String, String> reasons = new LinkedHashMap<>();
        List<Long> diverged = java.util.Collections.synchronizedList(new ArrayList<>());
        // batches train side by side, one per worker; each batch is one tensor program
        int size = Math.max(1, Math.min(batchSize, (count + workers - 1) / workers));
        List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
        for (int done = 0; done < count; done += size) {
            int offset = done;
            int n = Math.min(size, count - done);
            pending.add(pool.submit(() -> measureBatch(first + offset, n, values, offset, diverged)));
        }
        for (java.util.concurrent.Future<?> f : pending) {
            await(f);
        }
        for (int m = 0; m < measures.size(); m++) {
            if (measures.get(m).kind() == RunMeasure.Kind.GROKKING_STEP
                    && Arrays.stream(values[m]).anyMatch(Double::isNaN)) {
                reasons.put(measures.get(m).name(), "did not grok (test accuracy ≥ " + Grokking.TEST_ACCURACY
                        + " once the training pairs were fitted) within its steps");
            }
        }
        if (!diverged.isEmpty()) {
            divergedSoFar.addAll(diverged);
            diverged.forEach(run -> nonFinite[(int) (run - first)] = true);
        }
        return new MeasuredNetworks(first, measures.stream().map(RunMeasure::name).toList(), values, reasons,
                nonFinite);
    }

    /** Every run measured so far whose training diverged, in order. */
    public List<Long> diverged() {
        synchronized (divergedSoFar) {
            return List.copyOf(divergedSoFar);
        }
    }

    /** "diverged (non-finite training loss): runs 3, 17". */
    public static String describeDiverged(java.util.Collection<Long> runs) {
        return DIVERGED + ": run" + (runs.size() > 1 ? "s " : " ")
                + String.join(", ", runs.stream().sorted().map(String::valueOf).toList());
    }

    private static void await(java.util.concurrent.Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The trained functions of runs first..first+count−1 on the domain (training them if not yet trained). */
    @Override
    public float[] evaluate(long first, int count) {
        int points = domain.pointCount();
        float[] out = new float[count * points];
        boolean missing = false;
        for (int k = 0; k < count; k++) {
            missing |= !trainedFunctions.containsKey(first + k);
        }
        if (missing) {
            try (NDManager batch = root.newSubManager()) {
                TrainedRuns runs = trainPadded(batch, first, count, null);
                remember(runs, functions(batch, runs.trained(), count));
            }
        }
        for (int k = 0; k < count; k++) {
            System.arraycopy(trainedFunctions.get(first + k), 0, out, k * points, points);
        }
        return out;
    }

    private void measureBatch(long first, int count, double[][] values, int offset, List<Long> diverged) {
        try (NDManager batch = root.newSubManager()) {
            boolean grokking = needs(RunMeasure.Kind.GROKKED) || needs(RunMeasure.Kind.GROKKING_STEP);
            AccuracyTrail trail = grokking ? trail(batch, first, count) : null;
            TrainedRuns runs = trains ? trainPadded(batch, first, count, trail) : untrained(batch, first, count);
            float[] trainedOnDomain = needs(RunMeasure.Kind.TRAINED) || first < EXAMPLES_KEPT
                    ? functions(batch, runs.trained(), count) : null;
            boolean gain = needs(RunMeasure.Kind.SHUFFLED_MINUS_INITIAL);
            float[] initialOnDomain = needs(RunMeasure.Kind.INITIAL) || gain ? functions(batch, runs.initial(), count)
                    : null;
            float[] shuffledOnDomain = null;
            if (needs(RunMeasure.Kind.SHUFFLED) || gain) {
                List<StackedParameter> shuffled = WeightShuffle.of(batch, runs.trained(), seed, first);
                shuffledOnDomain = functions(batch, shuffled, count);
            }
            float[][] outputs = new float[RunData.PointSet.values().length][];
            for (RunData.PointSet set : RunData.PointSet.values()) {
                if (needs(accuracyOf(set))) {
                    outputs[set.ordinal()] = outputs(batch, runs, set);
                }
            }
            double[] magnitude = needs(RunMeasure.Kind.WEIGHT_MAGNITUDE) ? WeightMagnitude.of(runs.trained(), count) : null;
            double[] kurtosis = needs(RunMeasure.Kind.WEIGHT_KURTOSIS) ? WeightKurtosis.of(runs.trained(), count) : null;
            if (trainedOnDomain != null) {
                remember(runs, trainedOnDomain);
            }
            float[] trained = trainedOnDomain;
            float[] initial = initialOnDomain;
            float[] shuffled = shuffledOnDomain;
            int points = domain.pointCount();
            IntStream.range(0, count).parallel().forEach(k -> {
                boolean lost = runs.diverged(k) || !finite(trained, k, points);
                for (int m = 0; m < measures.size(); m++) {
                    RunMeasure measure = measures.get(m);
                    values[m][offset + k] = lost ? Double.NaN : switch (measure.kind()) {
                        case TRAIN_ACCURACY -> accuracy(runs.data()[k], outputs, k, RunData.PointSet.TRAIN);
                        case TEST_ACCURACY -> accuracy(runs.data()[k], outputs, k, RunData.PointSet.TEST);
                        case COLOR_ACCURACY -> accuracy(runs.data()[k], outputs, k, RunData.PointSet.COLOR);
                        case WEIGHT_MAGNITUDE -> magnitude[k];
                        case WEIGHT_KURTOSIS -> kurtosis[k];
                        case GROKKED -> trail.grokkingStep(k) >= 0 ? 1 : 0;
                        case GROKKING_STEP -> trail.grokkingStep(k) >= 0 ? trail.grokkingStep(k) : Double.NaN;
                        case TRAINED -> complexity(measure, trained, k);
                        case INITIAL -> complexity(measure, initial, k);
                        case SHUFFLED -> complexity(measure, shuffled, k);
                        case SHUFFLED_MINUS_INITIAL -> complexity(measure, shuffled, k) - complexity(measure, initial, k);
                    };
                }
            });
            for (int k = 0; k < count; k++) {
                if (runs.diverged(k) || !finite(trained, k, points)) {
                    diverged.add(first + k);
                }
            }
        }
    }

    /** How many of the first runs keep their trained function, for example pictures. */
    private static final int EXAMPLES_KEPT = 4;

    private void remember(TrainedRuns runs, float[] functions) {
        int points = domain.pointCount();
        for (int k = 0; k < runs.count() && runs.first() + k < EXAMPLES_KEPT; k++) {
            trainedFunctions.put(runs.first() + k, Arrays.copyOfRange(functions, k * points, (k + 1) * points));
        }
    }

    /** The runs' networks as drawn, for measures of the initial network only (which read no run data). */
    private TrainedRuns untrained(NDManager batch, long first, int count) {
        int drawn = Math.max(count, MIN_BATCH);
        List<StackedParameter> initial = networks.initialParameters(batch, seed, first, drawn);
        double[] divergedAt = new double[count];
        Arrays.fill(divergedAt, Double.NaN);
        return new TrainedRuns(first, new RunData[count], initial, initial, divergedAt);
    }

    private static RunMeasure.Kind accuracyOf(RunData.PointSet set) {
        return switch (set) {
            case TRAIN -> RunMeasure.Kind.TRAIN_ACCURACY;
            case TEST -> RunMeasure.Kind.TEST_ACCURACY;
            case COLOR -> RunMeasure.Kind.COLOR_ACCURACY;
        };
    }

    /** The accuracies along training of the runs a batch of {@code count} trains, padding included. */
    private AccuracyTrail trail(NDManager batch, long first, int count) {
        RunData[] data = new RunData[Math.max(count, MIN_BATCH)];
        for (int k = 0; k < data.length; k++) {
            data[k] = trainer.data().split(seed, first + k);
        }
        return new AccuracyTrail(networks, trainer.data(), data, batch);
    }

    private TrainedRuns trainPadded(NDManager batch, long first, int count, AccuracyTrail trail) {
        int trained = Math.max(count, MIN_BATCH);
        TrainedRuns runs = trainer.train(batch, seed, first, trained, trail, trail == null ? 0 : Grokking.EVERY);
        if (trained == count) {
            return runs;
        }
        return new TrainedRuns(first, Arrays.copyOf(runs.data(), count), runs.initial(), runs.trained(),
                Arrays.copyOf(runs.divergedAt(), count));
    }

    private boolean needs(RunMeasure.Kind kind) {
        return measures.stream().anyMatch(m -> m.kind() == kind);
    }

    /** The functions of the first {@code count} networks of the parameters on the domain, in chunks. */
    private float[] functions(NDManager manager, List<StackedParameter> parameters, int count) {
        int points = domain.pointCount();
        long available = parameters.get(0).array().getShape().get(0);
        float[] out = new float[count * points];
        for (int done = 0; done < count; ) {
            int n = Math.min(evaluationBatch, count - done);
            // a chunk of one is evaluated beside a neighbour, as the random sampler does, for batch-independent rounding
            long end = Math.min(available, done + Math.max(n, MIN_BATCH));
            long start = Math.max(0, end - Math.max(n, MIN_BATCH));
            try (NDManager chunk = manager.newSubManager();
                    NDArray x = chunk.create(domainPoints, new Shape(points, networks.inputs()))) {
                List<StackedParameter> slice = parameters.stream().map(p -> new StackedParameter(p.name(),
                        p.array().get(new NDIndex("{}:{}", start, end)), p.weightMatrix())).toList();
                try (NDArray outputs = networks.forward(x, slice);
                        NDArray y = trainer.data().objective().predictions(outputs)) {
                    float[] values = y.toFloatArray();
                    System.arraycopy(values, (int) (done - start) * points, out, done * points, n * points);
                }
                slice.forEach(p -> p.array().close());
            }
            done += n;
        }
        return out;
    }

    /** Each run's outputs at its own points of one set, run-major. */
    private float[] outputs(NDManager manager, TrainedRuns runs, RunData.PointSet set) {
        int count = (int) runs.trained().get(0).array().getShape().get(0);
        RunData[] data = Arrays.copyOf(runs.data(), count);
        for (int k = runs.count(); k < count; k++) {
            data[k] = runs.data()[runs.count() - 1];
        }
        int points = data[0].points(set);
        try (NDManager scratch = manager.newSubManager();
                NDArray x = scratch.create(Trainer.stack(data, set, true), new Shape(count, points, domainInputs()));
                NDArray outputs = networks.forward(x, runs.trained());
                NDArray y = trainer.data().objective().predictions(outputs)) {
            return y.toFloatArray();
        }
    }

    private int domainInputs() {
        return networks.inputs();
    }

    private double accuracy(RunData run, float[][] outputs, int k, RunData.PointSet set) {
        int points = run.points(set);
        return trainer.data().objective().accuracy(outputs[set.ordinal()], k * points, run.targets(set), 0, points);
    }

    private double complexity(RunMeasure measure, float[] functions, int k) {
        Observation observation = domain.observe(functions, k * domain.pointCount());
        Complexity c = measure.complexity().measure(observation);
        return c.value();
    }

    private static boolean finite(float[] functions, int k, int points) {
        if (functions == null) {
            return true;
        }
        for (int p = k * points; p < (k + 1) * points; p++) {
            if (!Float.isFinite(functions[p])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        root.close();
    }
}
