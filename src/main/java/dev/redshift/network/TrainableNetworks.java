package dev.redshift.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;

/**
 * Random networks whose parameters can be trained: the same networks as {@link RandomNetworks#evaluate}, with
 * their parameters exposed as stacked arrays and a forward pass that autograd can differentiate. Network k of a
 * batch is slice k along the first axis of every array, so one loss summed over networks trains each alone.
 */
public interface TrainableNetworks extends RandomNetworks {

    /**
     * The initial (random, DESIGN §2) parameters of networks {@code first .. first+count−1}, on the manager.
     * Each array is stacked along axis 0, one slice per network.
     */
    List<StackedParameter> initialParameters(NDManager manager, long seed, long first, int count);

    /**
     * The outputs of every network of the batch at the points, without changing any array in place (so the
     * result can be differentiated).
     *
     * @param points (P, inputs), shared by every network, or (count, P, inputs), one set per network
     * @param parameters as {@link #initialParameters} gives them, possibly trained
     * @return (count, P) outputs
     */
    NDArray forward(NDArray points, List<StackedParameter> parameters);

    /** Untrained networks are the trainable ones at their initial parameters. */
    @Override
    default float[] evaluate(NDManager manager, NDArray points, long seed, long first, int count) {
        List<StackedParameter> parameters = initialParameters(manager, seed, first, count);
        try (NDArray y = forward(points, parameters)) {
            return y.toFloatArray();
        } finally {
            parameters.forEach(p -> p.array().close());
        }
    }
}
