package dev.redshift.train;

import dev.redshift.network.Parameter;
import java.util.List;

/**
 * DESIGN §8's {@code colored-digits} task (the paper's Colored-MNIST, §4.2): a shipped MNIST digit with a 29th
 * column of one intensity c, the "color"; the label is digit/9, and c equals the label on the training set except
 * for a random {@code noise} share of images, so that color is a shortcut that explains almost all of the training
 * set. See {@link ColoredDigits} for the sets.
 */
public final class ColoredDigitsTask extends DeclaredTask {

    /** The task's id. */
    public static final String ID = "colored-digits";

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.integer("train", 6000, 1, "training digits, the first of the shipped 6000"),
            Parameter.integer("test", 2000, 1, "digits in each test set (digit and color), of the shipped 2000"),
            Parameter.number("noise", 0.03, 0, "share of training images whose color is uniform in [0, 1]"));

    /** The task with its declared parameters and the paper's training (lr 0.002, 10k steps). */
    public ColoredDigitsTask() {
        super(ID, PARAMETERS, 10_000, 0.002);
    }

    @Override
    public TaskData create(TrainingSetup setup) {
        MnistDigits digits = MnistDigits.shipped();
        int train = setup.integer("train");
        int test = setup.integer("test");
        double noise = setup.number("noise");
        if (train > digits.train().count()) {
            throw new IllegalArgumentException("train " + train + " exceeds the " + digits.train().count()
                    + " training digits that ship with Redshift");
        }
        if (test > digits.test().count()) {
            throw new IllegalArgumentException("test " + test + " exceeds the " + digits.test().count()
                    + " test digits that ship with Redshift");
        }
        if (noise > 1) {
            throw new IllegalArgumentException("noise is a share of the training images, in [0, 1]; got " + noise);
        }
        return new ColoredDigits(digits, train, test, noise);
    }
}
