package dev.redshift.cli;

import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.Grid;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.ModAddNetworks;
import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.SequenceNetworks;
import dev.redshift.network.NetworkFamily;
import dev.redshift.network.NetworkParameters;
import dev.redshift.network.Parameter;
import dev.redshift.network.RandomNetworks;
import dev.redshift.network.TrainableNetworks;
import dev.redshift.report.FunctionImages;
import dev.redshift.train.ImageTask;
import dev.redshift.train.RunMeasure;
import dev.redshift.train.TrainingSampler;
import dev.redshift.train.TrainingSetup;
import dev.redshift.train.TrainingTask;
import dev.redshift.train.TrainingTasks;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code train}: N training runs of one network configuration on a task (DESIGN §8), the mean and sd of each
 * run measure, per-run values as CSV and, for image tasks, the target and the learned functions as a PNG.
 */
final class TrainCommand {

    private static final List<String> GRID_MEASURES = List.of("train-accuracy", "test-accuracy", "fourier", "lz",
            "weight-magnitude");
    private static final List<String> TRAVERSAL_MEASURES = List.of("train-accuracy", "test-accuracy", "lz",
            "weight-magnitude");
    /** A sequence network's (modadd's): its answer table has no grid, so its accuracies and grokking. */
    private static final List<String> SEQUENCE_MEASURES = List.of("train-accuracy", "test-accuracy", "grokked",
            "weight-magnitude");
    /** Family parameters of modadd beyond the MLP's options ({@code --modulus} is also the task's). */
    private static final List<String> MODADD_OPTIONS = List.of("modulus", "embed");
    private static final int IMAGES = 15;
    private static final String TORCH_THREADS = "ai.djl.pytorch.num_threads";

    private final PrintStream out;
    private final PrintStream err;

    TrainCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        // Small per-step tensors gain little from a second PyTorch thread and lose much to its barriers on a busy
        // machine: one thread per core, with batches training side by side (set ai.djl.pytorch.num_threads to
        // change it; it must be set before PyTorch starts).
        if (System.getProperty(TORCH_THREADS) == null) {
            System.setProperty(TORCH_THREADS, "1");
        }
        TrainingTask task = TrainingTasks.byId(taskOption(args));
        Set<String> valued = new HashSet<>(SampleCommand.PARAMETER_OPTIONS.keySet());
        valued.addAll(Set.of("task", "network", "steps", "lr", "weight-decay", "count", "seed", "grid", "batch",
                "device", "measures", "csv", "png"));
        valued.addAll(MODADD_OPTIONS);
        task.parameters().forEach(p -> valued.add(p.name()));
        valued.addAll(MeasureFlags.NAMES);
        Arguments a = Arguments.parse("train", args, 1, valued, SampleCommand.PARAMETER_FLAGS.keySet());
        if (!a.positionals().isEmpty()) {
            throw new UsageException("train: unexpected argument '" + a.positionals().get(0) + "'");
        }
        int count = a.integer("count", 10);
        if (count < 1) {
            throw new UsageException("train: --count must be at least 1, got " + count);
        }
        long seed = a.longValue("seed", 0);
        int gridSize = a.integer("grid", 64);
        Map<String, Object> block = new LinkedHashMap<>();
        block.put(TrainingSetup.TASK, task.id());
        for (Parameter p : task.parameters()) {
            if (a.has(p.name())) {
                block.put(p.name(), a.text(p.name(), null));
            }
        }
        if (a.has("steps")) {
            block.put(TrainingSetup.STEPS, a.integer("steps", 0));
        }
        if (a.has("lr")) {
            block.put(TrainingSetup.LEARNING_RATE, a.text("lr", null));
        }
        if (a.has("weight-decay")) {
            block.put(TrainingSetup.WEIGHT_DECAY, a.text("weight-decay", null));
        }
        TrainingSetup setup = TrainingSetup.resolve(block);
        NetworkFamily family = NetworkFamilies.byId(a.text("network", "mlp"));
        Map<String, Object> raw = SampleCommand.familyParameters(a);
        for (String option : MODADD_OPTIONS) {
            if (a.has(option) && family.parameters().stream().anyMatch(p -> p.name().equals(option))) {
                raw.put(option, a.text(option, null));
            }
        }
        int inputs = setup.data().inputs();
        if (!raw.containsKey("inputs") && family.parameters().stream().anyMatch(p -> p.name().equals("inputs"))) {
            raw.put("inputs", inputs);
        }
        NetworkParameters parameters = NetworkParameters.resolve(family, raw, gridSize);
        setup = TrainingTasks.fitted(setup, family.id(), parameters.asMap());
        RandomNetworks created = family.create(parameters);
        TrainableNetworks networks = created instanceof ModAddNetworks modadd ? modadd.trainable()
                : created instanceof TrainableNetworks trainable ? trainable : null;
        if (networks == null) {
            throw new UsageException("train: network " + family.id() + " cannot be trained");
        }
        boolean sequence = networks instanceof SequenceNetworks;
        EvaluationDomain domain = sequence ? EvaluationDomain.of(networks, gridSize, seed)
                : EvaluationDomain.forInputs(networks.inputs(), gridSize, seed);
        boolean grid2d = domain instanceof Grid g && g.dims() == 2;
        MeasureOptions options = MeasureFlags.options(a);
        List<String> defaults = new java.util.ArrayList<>(sequence ? SEQUENCE_MEASURES
                : domain instanceof Grid ? GRID_MEASURES : TRAVERSAL_MEASURES);
        if (setup.data().hasColorSet()) {
            defaults.add(defaults.indexOf("test-accuracy") + 1, "color-accuracy");
        }
        List<RunMeasure> measures = Arrays.stream(a.text("measures", String.join(",", defaults)).split(","))
                .map(String::trim).map(n -> RunMeasure.parse(n, options)).toList();
        if (a.has("png") && (setup.data().image() == null || !grid2d)) {
            throw new UsageException("train: --png draws the learned images of image tasks on a 2-D grid");
        }
        for (String output : new String[] {"csv", "png"}) {
            if (a.has(output)) {
                OutputPaths.file("train", output, Path.of(a.text(output, null)));
            }
        }
        long start = System.nanoTime();
        MeasuredNetworks measured;
        List<Long> diverged;
        float[] functions = null;
        try (TrainingSampler sampler = new TrainingSampler(networks, setup, domain, measures, seed,
                ComputeDevice.parse(a.text("device", "cpu")), a.integer("batch", 0))) {
            measured = sampler.measure(0, count);
            diverged = sampler.diverged();
            if (a.has("png")) {
                functions = sampler.evaluate(0, Math.min(IMAGES, count));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (a.has("csv")) {
            SampleCommand.writeCsv(Path.of(a.text("csv", null)), measured);
        }
        if (functions != null) {
            writeImages(Path.of(a.text("png", null)), setup, functions, Math.min(IMAGES, count), gridSize);
        }
        out.printf(Locale.ROOT, "trained %d runs of %s on %s, %d steps, lr %s, seed %d: %.2f s, %.3f runs/s%n",
                count, parameters, setup.asMap(), setup.steps(), setup.learningRate(), seed, seconds, count / seconds);
        if (measured.nonFiniteCount() > 0) {
            out.println("  " + measured.nonFiniteCount() + " of " + count + " runs "
                    + TrainingSampler.describeDiverged(diverged) + " — excluded from the means below");
        }
        SampleCommand.printSummaries(out, measured);
        return Main.OK;
    }

    /** The target image first, then the learned functions, on the task's grid. */
    private void writeImages(Path file, TrainingSetup setup, float[] functions, int shown, int gridSize) {
        if (gridSize != ImageTask.SIZE) {
            throw new UsageException("train: --png needs --grid " + ImageTask.SIZE + " for image tasks");
        }
        float[] target = setup.data().image();
        float[] all = new float[target.length + functions.length];
        System.arraycopy(target, 0, all, 0, target.length);
        System.arraycopy(functions, 0, all, target.length, functions.length);
        FunctionImages.writePng(FunctionImages.tiles(all, gridSize, shown + 1, Math.min(shown + 1, 8), 3), file);
        err.println("wrote " + file + ": the target, then " + shown + " learned functions");
    }

    /** The value of --task, needed before the other options, whose names depend on it. */
    private static String taskOption(String[] args) {
        for (int k = 1; k < args.length; k++) {
            if (args[k].equals("--task") && k + 1 < args.length) {
                return args[k + 1];
            }
            if (args[k].startsWith("--task=")) {
                return args[k].substring("--task=".length());
            }
        }
        throw new UsageException("train: --task is required — expected one of " + String.join(", ", TrainingTasks.ids()));
    }
}
