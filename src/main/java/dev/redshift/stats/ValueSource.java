package dev.redshift.stats;

/**
 * A reproducible stream of per-network values of one configuration: the statistics' only view of networks.
 */
@FunctionalInterface
public interface ValueSource {

    /**
     * Values of draws {@code first .. first+count−1}: {@code [measure][k]}, NaN where a measure is undefined.
     * The same indices give the same values.
     */
    double[][] draw(long first, int count);

    /**
     * The same draws, marking the networks whose outputs were not finite (their values are all NaN). Sources of
     * real networks override this; the default marks none.
     */
    default Draws draws(long first, int count) {
        return Draws.allFinite(draw(first, count));
    }
}
