package dev.redshift.network;

import ai.djl.ndarray.NDArray;

/**
 * One parameter tensor of a batch of networks, stacked along axis 0 (one slice per network).
 *
 * @param name unique within a network ("W1", "b1", ...), used as the optimiser's state key
 * @param array the values, shape (count, ...)
 * @param weightMatrix true for weight matrices, false for bias vectors and phases (weight magnitude counts
 *     only weight matrices)
 */
public record StackedParameter(String name, NDArray array, boolean weightMatrix) {

    /** Values per network: the size of one slice. */
    public long sizePerNetwork() {
        return array.getShape().size() / array.getShape().get(0);
    }
}
