package dev.redshift.engine;

import dev.redshift.eval.MeasuredNetworks;
import java.util.List;

/** The networks of one claim, as an executor computes them; closed when the claim is done. */
public interface ClaimWork extends AutoCloseable {

    /** The values of every slice (one look of several configurations, computed together), in slice order. */
    List<MeasuredNetworks> measure(List<Slice> slices);

    /** The functions of a configuration's networks at its domain's points (examples for figures), network-major. */
    float[] evaluate(int configuration, long first, int count);

    @Override
    void close();
}
