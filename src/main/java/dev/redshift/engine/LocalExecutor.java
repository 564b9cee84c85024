package dev.redshift.engine;

import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.eval.NetworkSampler;
import dev.redshift.spec.ClaimPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** The in-process executor: each configuration's producer, built on first use, computes its networks here. */
public final class LocalExecutor implements SampleExecutor {

    /** The executor's name in {@code redshift.executor}. */
    public static final String NAME = "local";

    @Override
    public ClaimWork open(ClaimPlan plan, IntFunction<NetworkSampler> local) {
        return new Work(local);
    }

    @Override
    public void close() {
        // nothing is held between claims
    }

    /** A claim's producers, in this process. */
    public static final class Work implements ClaimWork {
        private final IntFunction<NetworkSampler> local;
        private final Map<Integer, NetworkSampler> producers = new HashMap<>();

        /** @param local builds sampled configuration i's producer */
        public Work(IntFunction<NetworkSampler> local) {
            this.local = local;
        }

        /** Sampled configuration i's producer, built on first use. */
        public synchronized NetworkSampler producer(int configuration) {
            return producers.computeIfAbsent(configuration, local::apply);
        }

        @Override
        public List<MeasuredNetworks> measure(List<Slice> slices) {
            List<MeasuredNetworks> out = new ArrayList<>();
            for (Slice s : slices) {
                out.add(producer(s.configuration()).measure(s.first(), s.count()));
            }
            return out;
        }

        @Override
        public float[] evaluate(int configuration, long first, int count) {
            return producer(configuration).evaluate(first, count);
        }

        @Override
        public synchronized void release() {
            producers.values().forEach(NetworkSampler::close);
            producers.clear();
        }

        @Override
        public void close() {
            release();
        }
    }
}
