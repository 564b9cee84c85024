package dev.redshift.network;

import ai.djl.ndarray.NDArray;

/**
 * Networks seen as points of R^D: each network's parameters as one flat vector w, and a forward pass that takes
 * many such vectors at once, so that a measure may move through parameter space (the {@code local-volume} measure
 * of DESIGN §9 evaluates K perturbations w0 + r·u of many networks as one tensor program).
 */
public interface ParameterVectorNetworks {

    /** D, the number of parameters of one network: every weight, bias and embedding. */
    int parameterCount();

    /** Outputs per input point: the classes of a softmax, or 1 for a scalar output. */
    int outputsPerPoint();

    /** Input points at which a network's function is read. */
    int pointCount();

    /** The parameters of network {@code index} of seed {@code seed}, in the family's fixed order (its w0). */
    float[] parameters(long seed, long index);

    /**
     * The outputs of B parameter vectors at every input point.
     *
     * @param flat (B, D) float parameters on the device that computes
     * @return (B, pointCount, outputsPerPoint) on the same manager
     */
    NDArray outputs(NDArray flat);
}
