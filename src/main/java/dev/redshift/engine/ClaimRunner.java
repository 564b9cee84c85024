package dev.redshift.engine;

import dev.redshift.eval.ComplexitySampler;
import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.Grid;
import dev.redshift.eval.NetworkSampler;
import dev.redshift.eval.TokenDomain;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.RandomNetworks;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.Configuration;
import dev.redshift.spec.MeasureChoice;
import dev.redshift.stats.Evidence;
import dev.redshift.stats.SequentialTest;
import dev.redshift.stats.ValueSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Runs one claim: a sampler per configuration feeding the sequential test. */
public final class ClaimRunner {

    private final SamplerOptions options;

    public ClaimRunner(SamplerOptions options) {
        this.options = options;
    }

    /** Runs a claim to its verdict; {@code onLook} sees the evidence of every look. */
    public ClaimOutcome run(ClaimPlan plan, Consumer<Evidence> onLook) {
        long start = System.nanoTime();
        boolean trained = plan.configurations().stream().anyMatch(Configuration::trained);
        List<ComplexityMeasure> measures = trained ? List.of()
                : plan.measures().stream().map(MeasureChoice::create).toList();
        List<NetworkSampler> samplers = new ArrayList<>();
        List<Recorder> recorders = new ArrayList<>();
        try {
            for (Configuration c : plan.configurations()) {
                if (c.trained()) {
                    NetworkSampler sampler = TrainedClaims.sampler(c, plan, options);
                    samplers.add(sampler);
                    recorders.add(new Recorder(sampler, plan.measures().size()));
                    continue;
                }
                RandomNetworks networks = NetworkFamilies.byId(c.network()).create(c.parameters());
                EvaluationDomain domain = EvaluationDomain.of(networks, plan.grid(), c.seed());
                for (ComplexityMeasure m : measures) {
                    if (!m.accepts(domain.observe(new float[domain.pointCount()], 0))) {
                        throw new IllegalArgumentException("measure " + m.name() + " needs a 1-D or 2-D grid; "
                                + (domain instanceof TokenDomain ? c.network() + " networks give token sequences"
                                        : "networks with " + networks.inputs() + " inputs are read along a random"
                                                + " traversal") + " — use lz or lz76");
                    }
                }
                ComplexitySampler sampler = new ComplexitySampler(networks, domain, measures, c.seed(), options);
                samplers.add(sampler);
                recorders.add(new Recorder(sampler, measures.size()));
            }
            SequentialTest test = new SequentialTest(plan.expectation(), plan.confidence(), plan.budget(),
                    plan.measureNames());
            Evidence evidence = TrainedClaims.namingDiverged(test.run(plan.configurations().stream()
                    .map(Configuration::label).toList(), List.copyOf(recorders), onLook), samplers);
            List<float[]> examples = new ArrayList<>();
            for (int c = 0; c < samplers.size(); c++) {
                boolean grid2d = samplers.get(c).domain() instanceof Grid g && g.dims() == 2;
                examples.add(grid2d ? samplers.get(c).evaluate(0, ClaimOutcome.EXAMPLES) : new float[0]);
            }
            return new ClaimOutcome(plan, evidence, recorders.stream().map(Recorder::values).toList(),
                    List.copyOf(examples), (System.nanoTime() - start) / 1e9);
        } finally {
            samplers.forEach(NetworkSampler::close);
        }
    }

    /** A source that keeps every value it hands out, for the per-network CSV. */
    private static final class Recorder implements ValueSource {
        private final NetworkSampler sampler;
        private double[][] values;
        private int n;

        Recorder(NetworkSampler sampler, int measures) {
            this.sampler = sampler;
            this.values = new double[measures][0];
        }

        @Override
        public double[][] draw(long first, int count) {
            double[][] batch = sampler.measure(first, count).values();
            for (int m = 0; m < values.length; m++) {
                values[m] = Arrays.copyOf(values[m], n + count);
                System.arraycopy(batch[m], 0, values[m], n, count);
            }
            n += count;
            return batch;
        }

        double[][] values() {
            return values;
        }
    }
}
