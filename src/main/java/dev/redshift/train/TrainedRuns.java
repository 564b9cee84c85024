package dev.redshift.train;

import dev.redshift.network.StackedParameter;
import java.util.List;

/**
 * A batch of runs after training; the arrays live on the manager they were trained on.
 *
 * @param first index of the first run
 * @param data each run's points
 * @param initial the parameters before training
 * @param trained the parameters after training, without autograd history
 * @param divergedAt per run, the step at which its loss was first seen non-finite, or NaN
 */
public record TrainedRuns(long first, RunData[] data, List<StackedParameter> initial, List<StackedParameter> trained,
        double[] divergedAt) {

    public int count() {
        return data.length;
    }

    /** Whether run {@code first + k} diverged. */
    public boolean diverged(int k) {
        return !Double.isNaN(divergedAt[k]);
    }
}
