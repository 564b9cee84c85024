package dev.redshift.network;

import java.util.SplittableRandom;

/**
 * The random stream of one network: a function of (seed, index) only, so a network is the same whatever the
 * batch, thread or order it is drawn in.
 */
public final class NetworkRandom {

    private final SplittableRandom random;

    private NetworkRandom(long state) {
        this.random = new SplittableRandom(state);
    }

    /** The stream of network {@code index} of the sample with seed {@code seed}. */
    public static NetworkRandom of(long seed, long index) {
        return new NetworkRandom(mix(mix(seed) + 0x9E3779B97F4A7C15L * (index + 1)));
    }

    /** A value uniform on [−scale, scale). */
    public float symmetric(double scale) {
        return (float) ((2 * random.nextDouble() - 1) * scale);
    }

    /** A value uniform on [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** A standard normal value. */
    public double gaussian() {
        return random.nextGaussian();
    }

    /** A uniform integer in [0, bound). */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Stafford's variant 13 of the SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
