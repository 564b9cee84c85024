package dev.redshift.train;

import dev.redshift.network.NetworkRandom;

/**
 * The random streams of training run k besides its network's: its train/test split and its weight shuffle.
 * Each is a function of (seed, k) only, and independent of the network's own stream.
 */
final class RunStreams {

    private static final long SPLIT = 0x5B1D_7E57_0000_0001L;
    private static final long SHUFFLE = 0x5B1D_7E57_0000_0002L;
    private static final long WAVES = 0x5B1D_7E57_0000_0003L;
    private static final long START_SHUFFLE = 0x5B1D_7E57_0000_0004L;

    private RunStreams() {
    }

    static NetworkRandom split(long seed, long run) {
        return NetworkRandom.of(seed ^ SPLIT, run);
    }

    static NetworkRandom shuffle(long seed, long run) {
        return NetworkRandom.of(seed ^ SHUFFLE, run);
    }

    /** The orientations and phases of a run's waves ({@code finetune}). */
    static NetworkRandom waves(long seed, long run) {
        return NetworkRandom.of(seed ^ WAVES, run);
    }

    /**
     * The shuffle of the network a run's training starts from ({@code finetune}'s shuffled pre-trained weights),
     * apart from the {@code shuffled:} measure's shuffle of the trained network.
     */
    static NetworkRandom startShuffle(long seed, long run) {
        return NetworkRandom.of(seed ^ START_SHUFFLE, run);
    }

    /** {@code chosen} distinct indices of 0..n−1, uniformly (a partial Fisher–Yates shuffle), in ascending order. */
    static int[][] choose(NetworkRandom random, int n, int chosen) {
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        for (int k = 0; k < chosen; k++) {
            int j = k + random.nextInt(n - k);
            int t = order[k];
            order[k] = order[j];
            order[j] = t;
        }
        int[] in = java.util.Arrays.copyOfRange(order, 0, chosen);
        int[] out = java.util.Arrays.copyOfRange(order, chosen, n);
        java.util.Arrays.sort(in);
        java.util.Arrays.sort(out);
        return new int[][] {in, out};
    }
}
