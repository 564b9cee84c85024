package dev.redshift.cache;

import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.eval.NetworkSampler;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A producer of per-network values that answers from the {@link SampleStore} what it holds and asks the real
 * producer (random-network sampler or trainer) only for the networks it lacks. Network k is a function of the key
 * and k only, so stored and fresh values mix freely: a sequential claim that needs more networks than were stored
 * computes only the rest. The real producer is created on the first miss, so a fully cached configuration never
 * starts PyTorch. Reasons for undefined measures are not stored: a hit reports none.
 */
public final class CachedSampler implements NetworkSampler {

    private final SampleStore store;
    private final SampleKey key;
    private final List<String> measures;
    private final EvaluationDomain domain;
    private final Supplier<NetworkSampler> producer;
    private final SortedSet<Long> nonFiniteSoFar = new TreeSet<>();
    private NetworkSampler real;
    private long computed;

    /**
     * @param store where values are kept
     * @param key what determines the values
     * @param measures the measure names, in the order of the values
     * @param domain where the networks' functions are read
     * @param producer creates the real producer, on the first network the store lacks
     */
    public CachedSampler(SampleStore store, SampleKey key, List<String> measures, EvaluationDomain domain,
            Supplier<NetworkSampler> producer) {
        this.store = store;
        this.key = key;
        this.measures = List.copyOf(measures);
        this.domain = domain;
        this.producer = producer;
    }

    @Override
    public EvaluationDomain domain() {
        return domain;
    }

    @Override
    public synchronized MeasuredNetworks measure(long first, int count) {
        Map<Long, StoredNetwork> stored = store.read(key, first, count, measures.size());
        Missing missing = missing(stored, first, count);
        long lo = missing.first();
        long hi = lo + missing.count();
        double[][] values = new double[measures.size()][count];
        boolean[] nonFinite = new boolean[count];
        Map<String, String> reasons = Map.of();
        if (lo < hi) {
            MeasuredNetworks fresh = real().measure(lo, (int) (hi - lo));
            reasons = fresh.undefinedReasons();
            StoredNetwork[] rows = new StoredNetwork[fresh.count()];
            for (int k = 0; k < rows.length; k++) {
                double[] v = new double[measures.size()];
                for (int m = 0; m < v.length; m++) {
                    v[m] = fresh.values()[m][k];
                }
                rows[k] = new StoredNetwork(v, fresh.nonFinite()[k]);
                stored.put(lo + k, rows[k]);
            }
            store.write(key, lo, rows);
            computed += rows.length;
        }
        for (int k = 0; k < count; k++) {
            StoredNetwork n = stored.get(first + k);
            for (int m = 0; m < values.length; m++) {
                values[m][k] = n.values()[m];
            }
            nonFinite[k] = n.nonFinite();
            if (n.nonFinite()) {
                nonFiniteSoFar.add(first + k);
            }
        }
        return new MeasuredNetworks(first, measures, values, reasons, nonFinite);
    }

    /**
     * The networks a call {@code measure(first, count)} would ask the real producer for: from the first to the last
     * one the store lacks (count 0 when it holds them all).
     */
    public synchronized Missing missing(long first, int count) {
        return missing(store.read(key, first, count, measures.size()), first, count);
    }

    private static Missing missing(Map<Long, StoredNetwork> stored, long first, int count) {
        long lo = first;
        long hi = first + count;
        while (lo < hi && stored.containsKey(lo)) {
            lo++;
        }
        while (hi > lo && stored.containsKey(hi - 1)) {
            hi--;
        }
        return new Missing(lo, (int) (hi - lo));
    }

    /**
     * Consecutive networks the store lacks.
     *
     * @param first the first of them
     * @param count how many (0: none)
     */
    public record Missing(long first, int count) {
    }

    @Override
    public synchronized float[] evaluate(long first, int count) {
        float[] stored = store.readFunctions(key, first, count);
        if (stored != null && stored.length == count * domain.pointCount()) {
            return stored;
        }
        float[] fresh = real().evaluate(first, count);
        store.writeFunctions(key, first, count, fresh);
        return fresh;
    }

    /** Every network handed out so far whose outputs were not finite (for a trainer: whose training diverged). */
    public synchronized List<Long> nonFiniteSoFar() {
        return List.copyOf(nonFiniteSoFar);
    }

    /** Networks this sampler had to compute, the rest came from the store. */
    public synchronized long computed() {
        return computed;
    }

    /** The real producer, if a miss created it. */
    public synchronized NetworkSampler producer() {
        return real;
    }

    private NetworkSampler real() {
        if (real == null) {
            real = producer.get();
        }
        return real;
    }

    @Override
    public synchronized void close() {
        if (real != null) {
            real.close();
        }
    }
}
