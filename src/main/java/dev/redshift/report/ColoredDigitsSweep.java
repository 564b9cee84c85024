package dev.redshift.report;

import dev.redshift.eval.EvaluationDomain;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.MlpFamily;
import dev.redshift.network.NetworkParameters;
import dev.redshift.network.TrainableNetworks;
import dev.redshift.spec.Seeds;
import dev.redshift.train.ColoredDigits;
import dev.redshift.train.RunMeasure;
import dev.redshift.train.TrainingSampler;
import dev.redshift.train.TrainingSetup;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The runs Fig. 9 is re-made from (the paper's Colored-MNIST, §4.2): per activation and prefactor, the LZ
 * complexity of 2-layer MLPs of width 64 at initialisation along the random traversal of the 812-dimensional input
 * space, and the digit and color accuracy of the same MLPs trained on {@code colored-digits}. Seeds derive from
 * the activation only, so run k is the same draw at every prefactor.
 */
public final class ColoredDigitsSweep {

    /** Fig. 9's activations. */
    public static final List<String> ACTIVATIONS = List.of("tanh", "gaussian", "sin");

    /**
     * How big the sweep is.
     *
     * @param train training digits
     * @param test digits per test set
     * @param steps Adam steps
     * @param lr Adam's learning rate
     * @param runs trained runs per (activation, prefactor)
     * @param initNetworks networks per (activation, prefactor) whose LZ at initialisation is measured
     * @param grid points per traversal segment (grid² points in all)
     * @param prefactors Fig. 9's x axis
     * @param activations one line each
     */
    public record Scale(int train, int test, int steps, double lr, int runs, int initNetworks, int grid,
            List<Double> prefactors, List<String> activations) {
        /** The report's scale: well under a minute of CPU on two cores. */
        public static final Scale CI = new Scale(300, 500, 200, 0.002, 2, 8, 64, List.of(0.5, 1.0, 2.0, 4.0, 8.0),
                ACTIVATIONS);

        /** "300 training digits, 200 full-batch Adam steps (lr 0.002), 2 runs per point". */
        public String describe() {
            return String.format(Locale.ROOT, "2 layers of width 64, %d training digits, %d full-batch Adam steps "
                    + "(lr %s), %d runs per point; LZ at initialisation of %d networks per point", train, steps, lr, runs,
                    initNetworks);
        }
    }

    /**
     * Fig. 9's values, each [activation][prefactor][run or network].
     *
     * @param initLz LZ at initialisation along the random traversal
     * @param digit accuracy on the digit test set
     * @param color accuracy on the color test set
     */
    public record Results(Scale scale, double[][][] initLz, double[][][] digit, double[][][] color) {
    }

    private final Scale scale;
    private final ComputeDevice device;

    public ColoredDigitsSweep(Scale scale, ComputeDevice device) {
        this.scale = scale;
        this.device = device;
    }

    /** Trains and measures every point of the sweep. */
    public Results run() {
        int a = scale.activations().size();
        int p = scale.prefactors().size();
        double[][][] lz = new double[a][p][];
        double[][][] digit = new double[a][p][];
        double[][][] color = new double[a][p][];
        TrainingSetup setup = TrainingSetup.resolve(Map.of("task", "colored-digits", "train", scale.train(), "test",
                scale.test(), "steps", scale.steps(), "lr", scale.lr()));
        List<RunMeasure> accuracies = List.of(RunMeasure.parse("test-accuracy", MeasureOptions.DEFAULTS),
                RunMeasure.parse("color-accuracy", MeasureOptions.DEFAULTS));
        List<RunMeasure> initial = List.of(RunMeasure.parse("init:lz", MeasureOptions.DEFAULTS));
        for (int i = 0; i < a; i++) {
            String activation = scale.activations().get(i);
            long seed = Seeds.of("trained-figures", "colored-digits " + activation);
            EvaluationDomain domain = EvaluationDomain.forInputs(ColoredDigits.INPUTS, scale.grid(), seed);
            for (int j = 0; j < p; j++) {
                TrainableNetworks networks = (TrainableNetworks) new MlpFamily().create(NetworkParameters.resolve(
                        new MlpFamily(), Map.of("activation", activation, "depth", 2, "width", 64, "prefactor",
                                scale.prefactors().get(j), "inputs", ColoredDigits.INPUTS), scale.grid()));
                try (TrainingSampler s = new TrainingSampler(networks, setup, domain, initial, seed, device, 0)) {
                    lz[i][j] = s.measure(0, scale.initNetworks()).of("init:lz");
                }
                try (TrainingSampler s = new TrainingSampler(networks, setup, domain, accuracies, seed, device, 0)) {
                    var runs = s.measure(0, scale.runs());
                    digit[i][j] = runs.of("test-accuracy");
                    color[i][j] = runs.of("color-accuracy");
                }
            }
        }
        return new Results(scale, lz, digit, color);
    }
}
