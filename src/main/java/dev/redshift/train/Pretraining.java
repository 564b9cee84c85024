package dev.redshift.train;

/**
 * A phase that trains every run before the task's own training (App. E.3's pre-training): {@code steps}
 * full-batch Adam steps on {@code data}, from the network as drawn, at the task's learning rate and weight
 * decay; then, when {@code shuffle}, every weight matrix and bias vector of the result permuted within itself
 * (the paper's control, which keeps each layer's values and loses their arrangement). The task's training
 * starts from what this leaves.
 *
 * @param data the pre-training targets, run by run
 * @param steps pre-training steps; 0 starts the task's training from the drawn network (shuffled when asked)
 * @param shuffle whether the starting network's weights are shuffled within each tensor
 */
public record Pretraining(TaskData data, int steps, boolean shuffle) {

    public Pretraining {
        if (steps < 0) {
            throw new IllegalArgumentException("pretrainSteps must be at least 0, got " + steps);
        }
    }

    /** Whether it changes the network training starts from at all. */
    public boolean changesStart() {
        return steps > 0 || shuffle;
    }
}
