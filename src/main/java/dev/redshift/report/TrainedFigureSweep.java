package dev.redshift.report;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.redshift.eval.Grid;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.MlpFamily;
import dev.redshift.network.NetworkParameters;
import dev.redshift.network.StackedParameter;
import dev.redshift.network.TorchRuntime;
import dev.redshift.network.TrainableNetworks;
import dev.redshift.spec.Seeds;
import dev.redshift.train.RunMeasure;
import dev.redshift.train.TrainedRuns;
import dev.redshift.train.Trainer;
import dev.redshift.train.TrainingSampler;
import dev.redshift.train.TrainingSetup;
import dev.redshift.train.WeightMagnitude;
import dev.redshift.train.WeightShuffle;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the small sweeps the paper's trained-network figures are re-made from: Fig. 7/8 (test accuracy on the
 * modulo task against the prefactor), Fig. 13/14 (an image learned at initialisation, trained and shuffled) and
 * Fig. 16 (weight magnitude against Fourier complexity along training). The scale is CI's, not the paper's;
 * seeds derive from each cell's description, so a rerun trains the same runs.
 */
public final class TrainedFigureSweep {

    /** Fig. 7's activations. */
    public static final List<String> ACTIVATIONS = List.of("relu", "gaussian", "tanh", "sin");
    /** Fig. 7's tasks, low to high frequency. */
    public static final List<Integer> MODULI = List.of(10, 7, 4);
    /** Fig. 13/14's rows: activation and weight scale. */
    public static final List<Map<String, Object>> IMAGE_ROWS = List.of(
            Map.of("activation", "relu", "weightScale", 1.0), Map.of("activation", "relu", "weightScale", 6.0),
            Map.of("activation", "tanh", "weightScale", 1.0), Map.of("activation", "tanh", "weightScale", 6.0),
            Map.of("activation", "sin", "weightScale", 1.0), Map.of("activation", "sin", "weightScale", 6.0));

    /**
     * How big the sweeps are.
     *
     * @param depth hidden layers of the modulo and trajectory MLPs
     * @param width their width
     * @param steps Adam steps on the modulo task
     * @param lr its learning rate
     * @param runs runs per (activation, M, prefactor)
     * @param prefactors Fig. 7's x axis
     * @param imageSteps Adam steps on the image (depth 3, width 64 MLPs as App. E)
     * @param imageGrid points per axis of the image and of the Fourier grid
     * @param every steps between points of a trajectory
     * @param activations the activations of Fig. 7 and Fig. 16
     * @param moduli Fig. 7's tasks
     * @param colored Fig. 9's sweep on colored digits
     */
    public record Scale(int depth, int width, int steps, double lr, int runs, List<Double> prefactors,
            int imageSteps, int imageGrid, int every, List<String> activations, List<Integer> moduli,
            ColoredDigitsSweep.Scale colored) {
        /** The report's scale: a minute or two of CPU on two cores. */
        public static final Scale CI = new Scale(2, 32, 200, 0.02, 4, List.of(0.25, 0.5, 1.0, 2.0, 4.0, 8.0), 150,
                64, 20, ACTIVATIONS, MODULI, ColoredDigitsSweep.Scale.CI);

        /** "depth 2, width 32, 400 Adam steps (lr 0.01), 3 runs per point". */
        public String describe() {
            return String.format(Locale.ROOT, "depth %d, width %d, %d full-batch Adam steps (lr %s), %d runs per point",
                    depth, width, steps, lr, runs);
        }
    }

    /** One line of Fig. 16: weight magnitude and Fourier complexity of one run at each recorded step. */
    public record Trajectory(String activation, int[] steps, double[] weightMagnitude, double[] fourier) {
    }

    /**
     * Everything the trained figures need.
     *
     * @param accuracy test accuracy, [activation][modulus][prefactor][run]
     * @param images the image rows' functions on the grid, [row][at initialisation, trained, shuffled]
     * @param colored Fig. 9's LZ at initialisation and digit and color accuracies
     */
    public record Results(Scale scale, double[][][][] accuracy, float[][][] images, List<Trajectory> trajectories,
            ColoredDigitsSweep.Results colored) {
    }

    private final Scale scale;
    private final ComputeDevice device;
    private final PrintStream progress;

    public TrainedFigureSweep(Scale scale, ComputeDevice device, PrintStream progress) {
        this.scale = scale;
        this.device = device;
        this.progress = progress;
    }

    /**
     * Trains every sweep. It runs on a thread of its own whose PyTorch uses every core, so the samplers train one
     * batch at a time: a caller whose thread was set to one PyTorch thread (as the measuring workers are) would
     * otherwise start a batch per core, each with PyTorch's default threads, and oversubscribe the cores.
     */
    public Results run() {
        Results[] out = new Results[1];
        RuntimeException[] failed = new RuntimeException[1];
        Thread worker = new Thread(() -> {
            try {
                TorchRuntime.setIntraOpThreads(Runtime.getRuntime().availableProcessors());
                out[0] = sweep();
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        }, "redshift-trained-figures");
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training the figures' runs", e);
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        return out[0];
    }

    private Results sweep() {
        long start = System.nanoTime();
        double[][][][] accuracy = modulo();
        progress.printf(Locale.ROOT, "[redshift] trained figures: Fig. 7 after %.0f s%n", seconds(start));
        float[][][] images = images();
        List<Trajectory> trajectories = new ArrayList<>();
        for (String activation : scale.activations()) {
            trajectories.add(trajectory(activation));
        }
        progress.printf(Locale.ROOT, "[redshift] trained figures: Fig. 16 after %.0f s%n", seconds(start));
        ColoredDigitsSweep.Results colored = new ColoredDigitsSweep(scale.colored(), device).run();
        progress.printf(Locale.ROOT, "[redshift] trained figures: done after %.0f s%n", seconds(start));
        return new Results(scale, accuracy, images, trajectories, colored);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Fig. 7/8: test accuracy per activation, modulus, prefactor and run. */
    double[][][][] modulo() {
        List<String> activations = scale.activations();
        List<Integer> moduli = scale.moduli();
        double[][][][] out = new double[activations.size()][moduli.size()][scale.prefactors().size()][];
        List<RunMeasure> measures = List.of(RunMeasure.parse("test-accuracy", MeasureOptions.DEFAULTS));
        for (int a = 0; a < activations.size(); a++) {
            for (int m = 0; m < moduli.size(); m++) {
                TrainingSetup setup = TrainingSetup.resolve(Map.of("task", "modulo", "M", moduli.get(m), "steps",
                        scale.steps(), "lr", scale.lr()));
                for (int p = 0; p < scale.prefactors().size(); p++) {
                    NetworkParameters parameters = parameters(Map.of("activation", activations.get(a), "depth",
                            scale.depth(), "width", scale.width(), "prefactor", scale.prefactors().get(p)), 16);
                    // the seed ignores the prefactor, so each run k starts from the same draw at every prefactor
                    long seed = Seeds.of("trained-figures", activations.get(a) + " M=" + moduli.get(m));
                    try (TrainingSampler sampler = new TrainingSampler(networks(parameters), setup, new Grid(16, 2),
                            measures, seed, device, 0)) {
                        MeasuredNetworks runs = sampler.measure(0, scale.runs());
                        out[a][m][p] = runs.of("test-accuracy");
                    }
                }
            }
        }
        return out;
    }

    /** Fig. 13/14: each row's first run on the image at initialisation, trained and shuffled. */
    float[][][] images() {
        Grid grid = new Grid(scale.imageGrid(), 2);
        TrainingSetup setup = TrainingSetup.resolve(Map.of("task", "image", "name", "cameraman", "steps",
                scale.imageSteps(), "lr", 0.02));
        float[][][] out = new float[IMAGE_ROWS.size()][][];
        for (int r = 0; r < IMAGE_ROWS.size(); r++) {
            Map<String, Object> with = new LinkedHashMap<>(IMAGE_ROWS.get(r));
            with.put("depth", 3);
            with.put("width", 64);
            TrainableNetworks networks = networks(parameters(with, scale.imageGrid()));
            long seed = Seeds.of("trained-figures", "image " + IMAGE_ROWS.get(r));
            Trainer trainer = new Trainer(networks, setup.data(), setup);
            try (NDManager manager = TorchRuntime.newManager(device)) {
                // two runs train together, as the sampler pairs a lone run, so run 0 matches the specs' run 0
                TrainedRuns runs = trainer.train(manager, seed, 0, 2, null, 0);
                List<StackedParameter> shuffled = WeightShuffle.of(manager, runs.trained(), seed, 0);
                out[r] = new float[][] {function(manager, networks, runs.initial(), grid),
                    function(manager, networks, runs.trained(), grid), function(manager, networks, shuffled, grid)};
            }
        }
        return out;
    }

    /** Fig. 16: one run on the modulo task (M = 7), recorded every {@code scale.every()} steps. */
    Trajectory trajectory(String activation) {
        Grid grid = new Grid(scale.imageGrid(), 2);
        ComplexityMeasure fourier = MeasureCatalog.byName("fourier", MeasureOptions.DEFAULTS);
        TrainingSetup setup = TrainingSetup.resolve(Map.of("task", "modulo", "M", 7, "steps", scale.steps(), "lr",
                scale.lr()));
        TrainableNetworks networks = networks(parameters(Map.of("activation", activation, "depth", scale.depth(),
                "width", scale.width()), scale.imageGrid()));
        List<Integer> steps = new ArrayList<>();
        List<Double> magnitude = new ArrayList<>();
        List<Double> complexity = new ArrayList<>();
        Trainer trainer = new Trainer(networks, setup.data(), setup);
        try (NDManager manager = TorchRuntime.newManager(device)) {
            trainer.train(manager, Seeds.of("trained-figures", "trajectory " + activation), 0, 2, (step, params) -> {
                try (NDManager scratch = manager.newSubManager()) {
                    float[] f = function(scratch, networks, params, grid);
                    steps.add(step);
                    magnitude.add(WeightMagnitude.of(params, 1)[0]);
                    complexity.add(fourier.measure(grid.observe(f, 0)).value());
                }
            }, scale.every());
        }
        return new Trajectory(activation, steps.stream().mapToInt(Integer::intValue).toArray(),
                magnitude.stream().mapToDouble(Double::doubleValue).toArray(),
                complexity.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static NetworkParameters parameters(Map<String, Object> with, int grid) {
        return NetworkParameters.resolve(new MlpFamily(), with, grid);
    }

    private static TrainableNetworks networks(NetworkParameters parameters) {
        return (TrainableNetworks) new MlpFamily().create(parameters);
    }

    /** Run 0's function on the grid (the runs evaluate together, so rounding matches the samplers'). */
    private static float[] function(NDManager manager, TrainableNetworks networks, List<StackedParameter> parameters,
            Grid grid) {
        int points = grid.pointCount();
        try (NDManager scratch = manager.newSubManager();
                NDArray x = scratch.create(grid.points(), new Shape(points, 2));
                NDArray y = networks.forward(x, parameters)) {
            return java.util.Arrays.copyOf(y.toFloatArray(), points);
        }
    }
}
