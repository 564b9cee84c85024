package dev.redshift.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * An endless, reproducible sequence of random networks of one configuration: network {@code i} of seed
 * {@code s} is the same whichever batch it is evaluated in.
 */
public interface RandomNetworks {

    /** Input dimension of every network. */
    int inputs();

    /**
     * The outputs of networks {@code first .. first+count−1} at the given points.
     *
     * @param manager where intermediate arrays live; the caller closes it
     * @param points a (P, inputs) float array on the manager's device
     * @param seed the sample's seed
     * @param first index of the first network
     * @param count number of networks
     * @return {@code count × P} outputs, network-major
     */
    float[] evaluate(NDManager manager, NDArray points, long seed, long first, int count);

    /** Device bytes one network needs at {@code points} points; used to size batches. */
    long bytesPerNetwork(int points);

    /**
     * What evaluating networks at {@code points} points holds in memory, so a configuration too large for the
     * machine is refused before anything is allocated. Families that know their weights override this; the
     * default counts only {@link #bytesPerNetwork}.
     */
    default NetworkFootprint footprint(long points) {
        return new NetworkFootprint(0, 0, 0, bytesPerNetwork((int) Math.min(points, Integer.MAX_VALUE)), 0,
                getClass().getSimpleName());
    }
}
