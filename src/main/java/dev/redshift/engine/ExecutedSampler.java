package dev.redshift.engine;

import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.eval.NetworkSampler;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One configuration's networks as its claim's executor computes them. A look that computed every configuration
 * together leaves each its slice here; a request for other networks goes to the executor alone.
 */
final class ExecutedSampler implements NetworkSampler {

    private final ClaimWork work;
    private final int configuration;
    private final EvaluationDomain domain;
    private final SortedSet<Long> nonFiniteSoFar = new TreeSet<>();
    private MeasuredNetworks ready;

    ExecutedSampler(ClaimWork work, int configuration, EvaluationDomain domain) {
        this.work = work;
        this.configuration = configuration;
        this.domain = domain;
    }

    /** Keeps the values a look computed for this configuration until they are asked for. */
    synchronized void offer(MeasuredNetworks computed) {
        ready = computed;
    }

    @Override
    public EvaluationDomain domain() {
        return domain;
    }

    @Override
    public synchronized MeasuredNetworks measure(long first, int count) {
        MeasuredNetworks m;
        if (ready != null && ready.first() == first && ready.count() == count) {
            m = ready;
        } else {
            m = work.measure(List.of(new Slice(configuration, first, count))).get(0);
        }
        ready = null;
        for (int k = 0; k < m.count(); k++) {
            if (m.nonFinite()[k]) {
                nonFiniteSoFar.add(first + k);
            }
        }
        return m;
    }

    @Override
    public float[] evaluate(long first, int count) {
        return work.evaluate(configuration, first, count);
    }

    /** Every network handed out so far whose outputs were not finite (for a trainer: whose training diverged). */
    synchronized List<Long> nonFiniteSoFar() {
        return List.copyOf(nonFiniteSoFar);
    }

    @Override
    public void close() {
        // the claim's work is closed by its runner
    }
}
