package dev.redshift.stats;

/**
 * Told, before each look, which draws the look will ask every source for, so that whatever computes them can do
 * all configurations at once (one job on a cluster) rather than one after the other.
 */
@FunctionalInterface
public interface LookAhead {

    /** No preparation: each source computes its draws when asked. */
    LookAhead NONE = (first, count) -> { };

    /** The look about to be drawn: draws {@code first .. first+count−1} of every source. */
    void prepare(long first, int count);
}
