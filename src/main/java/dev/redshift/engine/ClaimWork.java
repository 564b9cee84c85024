package dev.redshift.engine;

import dev.redshift.eval.MeasuredNetworks;
import java.util.List;

/** The networks of one claim, as an executor computes them; closed when the claim is done. */
public interface ClaimWork extends AutoCloseable {

    /** The values of every slice (one look of several configurations, computed together), in slice order. */
    List<MeasuredNetworks> measure(List<Slice> slices);

    /** The functions of a configuration's networks at its domain's points (examples for figures), network-major. */
    float[] evaluate(int configuration, long first, int count);

    /**
     * Frees what the work holds between looks (its producers' worker threads and native memory), leaving it usable:
     * the next look builds them again, and draws the same networks since network k depends only on (seed, k). A
     * scheduler that keeps every claim of a run open calls it after each look, so open claims cost no memory.
     */
    default void release() {
    }

    @Override
    void close();
}
