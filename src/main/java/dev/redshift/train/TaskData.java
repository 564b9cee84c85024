package dev.redshift.train;

/**
 * The data of a task with its parameters fixed: what networks take, how they are scored, and each run's split
 * into training and test points.
 */
public interface TaskData {

    /** Input dimension networks must have. */
    int inputs();

    /** Loss and accuracy. */
    Objective objective();

    /**
     * Run {@code run}'s training and test points; a function of (seed, run) only. Every run of a task has the same
     * number of training points and of test points.
     */
    RunData split(long seed, long run);

    /** Whether runs have a color test set besides the test set ({@code colored-digits}), read by color-accuracy. */
    default boolean hasColorSet() {
        return false;
    }

    /**
     * For tasks on a sequence network's inputs ({@code modadd}): every input point in the order of the network's
     * sequence (its answer table), row-major; null otherwise.
     */
    default float[] sequencePoints() {
        return null;
    }

    /**
     * The phase that trains every run before this task's training ({@code finetune}'s pre-training), or null
     * when training starts from the drawn network.
     */
    default Pretraining pretraining() {
        return null;
    }

    /** The target as a grid×grid image in [0, 1] (row i = first input), or null when the task is not an image. */
    default float[] image() {
        return null;
    }
}
