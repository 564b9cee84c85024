package dev.redshift.train;

/**
 * When a run grokked: the first checkpoint at which its test accuracy reaches {@link #TEST_ACCURACY} at or after
 * the checkpoint where its training accuracy first reached 1 (the training set fitted). Checkpoints are every
 * {@link #EVERY} steps and after the last step.
 */
public final class Grokking {

    /** Steps between checkpoints of the accuracies. */
    public static final int EVERY = 10;
    /** The test accuracy that counts as generalising. */
    public static final double TEST_ACCURACY = 0.9;

    private Grokking() {
    }

    /**
     * The step at which a run grokked, or −1 when it did not.
     *
     * @param steps the checkpoints' steps, increasing
     * @param train training accuracy at each checkpoint
     * @param test test accuracy at each checkpoint
     */
    public static int step(int[] steps, double[] train, double[] test) {
        boolean fitted = false;
        for (int i = 0; i < steps.length; i++) {
            fitted |= train[i] >= 1;
            if (fitted && test[i] >= TEST_ACCURACY) {
                return steps[i];
            }
        }
        return -1;
    }
}
