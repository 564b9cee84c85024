package dev.redshift.engine;

import dev.redshift.eval.NetworkSampler;
import dev.redshift.spec.ClaimPlan;
import java.util.function.IntFunction;

/**
 * Where a claim's networks are computed (DESIGN §9): in this process ({@link LocalExecutor}, the default) or on
 * a cluster. The sequential plan, the statistics, the cache and the reports stay with the caller; only
 * per-network values come back, and since network k is a function of (seed, k) only, every executor gives the
 * same values.
 */
public interface SampleExecutor extends AutoCloseable {

    /**
     * Opens the work of one claim.
     *
     * @param plan the claim
     * @param local builds sampled configuration i's producer in this process, for executors that compute (or
     *     check) some networks here
     */
    ClaimWork open(ClaimPlan plan, IntFunction<NetworkSampler> local);

    @Override
    void close();
}
