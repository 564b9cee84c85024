package dev.redshift.eval;

/**
 * Whatever produces one number per network k of a configuration, per measure: the random-network sampler, the
 * trainer (DESIGN §8). Network k is a function of (seed, k) only, so the statistics can ask for any range, in
 * any batches.
 */
public interface NetworkSampler extends AutoCloseable {

    /** Where the networks' functions are read. */
    EvaluationDomain domain();

    /** The values of networks first..first+count−1 under every measure. */
    MeasuredNetworks measure(long first, int count);

    /** The functions of networks first..first+count−1 at the domain's points, network-major. */
    float[] evaluate(long first, int count);

    @Override
    void close();
}
