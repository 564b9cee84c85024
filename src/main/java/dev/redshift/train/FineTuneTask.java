package dev.redshift.train;

import dev.redshift.eval.Grid;
import dev.redshift.network.NetworkRandom;
import dev.redshift.network.Parameter;
import java.util.List;

/**
 * App. E.3's {@code finetune} task: pre-train on a high-frequency 2-D sine wave, then fine-tune on a
 * lower-frequency one of another random orientation, both on the §3 grid of 64×64 points in [−1, 1]².
 *
 * <p>Run k's waves are ½ + ½·sin(2π·c·u/2 + φ), u = x·cos θ + y·sin θ the coordinate along the wave, c its
 * cycles across the square's side (so that the §3 Fourier complexity of the wave alone is about c): the
 * pre-training wave has {@code pretrainFrequency} cycles, orientation θ₀ uniform in [0, π) and phase φ₀ uniform in
 * [0, 2π); the fine-tuning wave has {@code frequency} cycles, θ₁ = θ₀ + U(π/4, 3π/4) (a different orientation,
 * at least 45° from the first) and its own phase. A random {@code trainFraction} of the pixels trains both
 * phases; every other pixel tests the fine-tuning wave. The paper gives no sizes: these are ours.
 *
 * <p>{@code pretrainSteps} Adam steps on the first wave precede the task's {@code steps} on the second (0: the
 * drawn network is fine-tuned directly, the baseline); {@code shuffle} permutes the pre-trained weights within
 * each tensor before fine-tuning (the paper's control). {@code init:<measure>} reads the network fine-tuning
 * starts from. Levels of {@code pretrainSteps} and {@code shuffle} are the same runs started differently: same
 * drawn network, same waves, same pixels.
 */
public final class FineTuneTask extends DeclaredTask {

    /** The task's id. */
    public static final String ID = "finetune";
    /** The pre-training phase's length. */
    public static final String PRETRAIN_STEPS = "pretrainSteps";
    /** Whether the pre-trained weights are shuffled. */
    public static final String SHUFFLE = "shuffle";

    private static final int SIZE = 64;

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.number("pretrainFrequency", 3, 0, "cycles of the pre-training wave across the square's side"),
            Parameter.number("frequency", 1, 0, "cycles of the fine-tuning wave across the square's side"),
            Parameter.number("trainFraction", 0.4, 0, "share of the 64×64 pixels that trains both phases"),
            Parameter.integer(PRETRAIN_STEPS, 1500, 0, "Adam steps on the pre-training wave before fine-tuning"
                    + " (0: fine-tune the drawn network)"),
            Parameter.bool(SHUFFLE, false, "permute the pre-trained weights within each tensor before fine-tuning"));

    /** The task with its declared parameters and defaults. */
    public FineTuneTask() {
        super(ID, PARAMETERS, 1000, 0.01);
    }

    @Override
    public List<String> sameRunKeys() {
        return List.of(PRETRAIN_STEPS, SHUFFLE);
    }

    @Override
    public TaskData create(TrainingSetup setup) {
        double fraction = setup.number("trainFraction");
        int pixels = SIZE * SIZE;
        int train = (int) Math.round(fraction * pixels);
        if (train < 1 || train >= pixels) {
            throw new IllegalArgumentException("trainFraction " + fraction + " leaves " + train + " of " + pixels
                    + " pixels to train; it must leave at least one to train and one to test");
        }
        double pretrainCycles = setup.number("pretrainFrequency");
        double cycles = setup.number("frequency");
        int steps = setup.integer(PRETRAIN_STEPS);
        boolean shuffle = (Boolean) setup.values().get(SHUFFLE);
        return new Waves(cycles, train, new Pretraining(new Waves(pretrainCycles, train, null, true), steps, shuffle),
                false);
    }

    /** The two waves of run k: {θ₀, φ₀, θ₁, φ₁}, a function of (seed, k) only. */
    static double[] angles(long seed, long run) {
        NetworkRandom random = RunStreams.waves(seed, run);
        double theta0 = random.uniform(0, Math.PI);
        double phi0 = random.uniform(0, 2 * Math.PI);
        double theta1 = theta0 + random.uniform(Math.PI / 4, 3 * Math.PI / 4);
        double phi1 = random.uniform(0, 2 * Math.PI);
        return new double[] {theta0, phi0, theta1, phi1};
    }

    /** ½ + ½·sin(π·cycles·u + φ) on the grid, row-major (pixel (i, j) at (x_i, x_j)). */
    static float[] wave(double cycles, double theta, double phi) {
        float[] y = new float[SIZE * SIZE];
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        for (int i = 0; i < SIZE; i++) {
            for (int j = 0; j < SIZE; j++) {
                double u = Grid.coordinate(i, SIZE) * c + Grid.coordinate(j, SIZE) * s;
                y[i * SIZE + j] = (float) (0.5 + 0.5 * Math.sin(Math.PI * cycles * u + phi));
            }
        }
        return y;
    }

    /** One phase's targets: run k's wave of this phase, on run k's pixels. */
    private static final class Waves implements TaskData {

        private final double cycles;
        private final int train;
        private final Pretraining pretraining;
        private final boolean first;
        private final float[] points = new Grid(SIZE, 2).points();

        Waves(double cycles, int train, Pretraining pretraining, boolean first) {
            this.cycles = cycles;
            this.train = train;
            this.pretraining = pretraining;
            this.first = first;
        }

        @Override
        public int inputs() {
            return 2;
        }

        @Override
        public Objective objective() {
            return Objective.SQUARED_ERROR;
        }

        @Override
        public RunData split(long seed, long run) {
            double[] a = angles(seed, run);
            float[] target = first ? wave(cycles, a[0], a[1]) : wave(cycles, a[2], a[3]);
            return new SplitPoints(2, Objective.SQUARED_ERROR, points, target, train, null).split(seed, run);
        }

        @Override
        public Pretraining pretraining() {
            return pretraining;
        }
    }
}
