package dev.redshift.train;

import dev.redshift.network.NetworkRandom;

/**
 * The sets of the {@code colored-digits} task with its parameters fixed. An input is a 28×28 digit with a 29th
 * column of 28 pixels of intensity c, 28 rows × 29 columns row-major (812 values), each value v fed as 2v − 1.
 * Per run, from the run's seed: the training set is the first {@code train} shipped training digits, label
 * y = digit/9 and c = y, except a uniformly chosen {@code noise} share of them whose c is uniform in [0, 1]; the
 * <em>digit</em> test set is the first {@code test} shipped test digits, label digit/9, c uniform; the
 * <em>color</em> test set has {@code test} images of uniformly drawn test digits, c uniform, label c.
 */
public final class ColoredDigits implements TaskData {

    /** Columns of an input: the digit's 28 and the color's. */
    public static final int COLUMNS = MnistDigits.SIZE + 1;
    /** Values per input. */
    public static final int INPUTS = MnistDigits.SIZE * COLUMNS;

    private final MnistDigits digits;
    private final int train;
    private final int test;
    private final int noisy;

    ColoredDigits(MnistDigits digits, int train, int test, double noise) {
        this.digits = digits;
        this.train = train;
        this.test = test;
        this.noisy = (int) Math.round(noise * train);
    }

    @Override
    public int inputs() {
        return INPUTS;
    }

    @Override
    public Objective objective() {
        return Objective.SQUARED_ERROR;
    }

    @Override
    public boolean hasColorSet() {
        return true;
    }

    @Override
    public RunData split(long seed, long run) {
        NetworkRandom random = RunStreams.split(seed, run);
        float[] trainTargets = new float[train];
        float[] trainColors = new float[train];
        for (int i = 0; i < train; i++) {
            trainTargets[i] = digits.train().label(i) / 9f;
            trainColors[i] = trainTargets[i];
        }
        for (int i : RunStreams.choose(random, train, noisy)[0]) {
            trainColors[i] = (float) random.uniform(0, 1);
        }
        float[] trainInputs = inputs(digits.train(), identity(train), trainColors);

        float[] digitTargets = new float[test];
        float[] digitColors = new float[test];
        for (int i = 0; i < test; i++) {
            digitTargets[i] = digits.test().label(i) / 9f;
            digitColors[i] = (float) random.uniform(0, 1);
        }
        float[] digitInputs = inputs(digits.test(), identity(test), digitColors);

        int[] colorImages = new int[test];
        float[] colors = new float[test];
        for (int i = 0; i < test; i++) {
            colorImages[i] = random.nextInt(test);
            colors[i] = (float) random.uniform(0, 1);
        }
        float[] colorInputs = inputs(digits.test(), colorImages, colors);
        return new RunData(trainInputs, trainTargets, digitInputs, digitTargets, colorInputs, colors);
    }

    /** Input {@code index} of {@code inputs} as a 28×29 image in [0, 1] (the last column is its color). */
    public static float[] image(float[] inputs, int index) {
        float[] image = new float[INPUTS];
        for (int p = 0; p < INPUTS; p++) {
            image[p] = (inputs[index * INPUTS + p] + 1) / 2;
        }
        return image;
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    private static float[] inputs(MnistDigits.Digits set, int[] images, float[] colors) {
        int size = MnistDigits.SIZE;
        float[] out = new float[images.length * INPUTS];
        for (int i = 0; i < images.length; i++) {
            int base = i * INPUTS;
            float color = 2 * colors[i] - 1;
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < size; c++) {
                    out[base + r * COLUMNS + c] = 2 * set.pixel(images[i], r * size + c) - 1;
                }
                out[base + r * COLUMNS + size] = color;
            }
        }
        return out;
    }
}
