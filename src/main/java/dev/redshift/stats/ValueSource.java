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
}
