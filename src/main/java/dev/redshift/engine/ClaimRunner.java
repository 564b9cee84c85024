package dev.redshift.engine;

import dev.redshift.cache.CachedSampler;
import dev.redshift.cache.SampleKey;
import dev.redshift.cache.SampleStore;
import dev.redshift.eval.ComplexitySampler;
import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.NetworkSampler;
import dev.redshift.eval.Grid;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.eval.TokenDomain;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.ParameterVectorNetworks;
import dev.redshift.network.RandomNetworks;
import dev.redshift.network.TorchRuntime;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.Configuration;
import dev.redshift.spec.MeasureChoice;
import dev.redshift.spec.SpecException;
import dev.redshift.stats.Draws;
import dev.redshift.stats.Evidence;
import dev.redshift.stats.NonFiniteNetworksException;
import dev.redshift.stats.SequentialTest;
import dev.redshift.stats.ValueSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs one claim: a sampler per configuration feeding the sequential test. */
public final class ClaimRunner {

    private final SamplerOptions options;
    private final SampleStore cache;

    /** A runner that computes every network. */
    public ClaimRunner(SamplerOptions options) {
        this(options, null);
    }

    /**
     * A runner that takes per-network values from {@code cache} where it holds them and stores what it computes.
     *
     * @param cache the sample cache, or null for none
     */
    public ClaimRunner(SamplerOptions options, SampleStore cache) {
        this.options = options;
        this.cache = cache;
    }

    /**
     * Runs a claim to its verdict; {@code onLook} sees the evidence of every look. A configuration that cannot
     * be sampled (too large for memory, a measure it has no value for) and a claim with more non-finite networks
     * than it may leave out fail with one line that starts at the claim's position.
     */
    public ClaimOutcome run(ClaimPlan plan, Consumer<Evidence> onLook) {
        long start = System.nanoTime();
        boolean trained = plan.configurations().stream().anyMatch(Configuration::trained);
        List<ComplexityMeasure> measures = trained ? List.of()
                : plan.measures().stream().filter(m -> !m.isLocalVolume()).map(MeasureChoice::create).toList();
        List<NetworkSampler> samplers = new ArrayList<>();
        try {
            // with a slope/peak summary every level of a configuration is sampled; plan groups them back
            for (Configuration c : plan.sampled()) {
                NetworkSampler sampler = sampler(plan, c, measures);
                samplers.add(sampler);
            }
            List<Recorder> recorders = plan.perConfiguration(samplers.stream().map(ClaimRunner::source).toList())
                    .stream().map(source -> new Recorder(source, plan.measures().size())).toList();
            SequentialTest test = new SequentialTest(plan.expectation(), plan.confidence(), plan.budget(),
                    plan.measureNames());
            Evidence evidence;
            try {
                evidence = TrainedClaims.namingDiverged(test.run(plan.configurations().stream()
                        .map(Configuration::label).toList(), List.copyOf(recorders), onLook), plan, samplers);
            } catch (NonFiniteNetworksException e) {
                throw new NonFiniteNetworksException(plan.position() + ": " + e.getMessage());
            }
            List<float[]> examples = new ArrayList<>();
            for (int c = 0; c < plan.configurations().size(); c++) {
                NetworkSampler first = samplers.get(plan.firstSampled(c));
                boolean grid2d = first.domain() instanceof Grid g && g.dims() == 2;
                examples.add(grid2d ? first.evaluate(0, ClaimOutcome.EXAMPLES) : new float[0]);
            }
            return new ClaimOutcome(plan, evidence, recorders.stream().map(Recorder::values).toList(),
                    List.copyOf(examples), (System.nanoTime() - start) / 1e9,
                    recorders.stream().map(Recorder::nonFinite).toList());
        } finally {
            samplers.forEach(NetworkSampler::close);
        }
    }

    /** A sampler's values as the statistics see them, with the networks whose outputs were not finite marked. */
    private static ValueSource source(NetworkSampler sampler) {
        return new ValueSource() {
            @Override
            public double[][] draw(long first, int count) {
                return sampler.measure(first, count).values();
            }

            @Override
            public Draws draws(long first, int count) {
                MeasuredNetworks m = sampler.measure(first, count);
                return new Draws(m.values(), m.nonFinite());
            }
        };
    }

    /** The sampler of one configuration, refused at the claim's position when it cannot be sampled. */
    private NetworkSampler sampler(ClaimPlan plan, Configuration c, List<ComplexityMeasure> measures) {
        try {
            if (c.trained() && LocalVolumeClaims.any(plan)) {
                throw new IllegalArgumentException("local-volume measures random networks; a claim with train:"
                        + " cannot take it yet");
            }
            if (c.trained()) {
                return cached(plan, c, EvaluationDomain.of(NetworkFamilies.byId(c.network()).create(c.parameters()),
                        plan.grid(), c.seed()), () -> TrainedClaims.sampler(c, plan, options));
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
            if (LocalVolumeClaims.any(plan)) {
                LocalVolumeClaims.options(plan);
                ParameterVectorNetworks vectors = LocalVolumeClaims.parameterVectors(networks, domain, c.network());
                return cached(plan, c, domain, () -> LocalVolumeClaims.sampler(vectors, networks, domain, measures,
                        plan, c, options));
            }
            return cached(plan, c, domain, () -> new ComplexitySampler(networks, domain, measures, c.seed(), options));
        } catch (IllegalArgumentException e) {
            throw new SpecException(plan.position(), e.getMessage());
        }
    }

    /** The producer itself without a cache, else the cache in front of it (creating it on the first miss). */
    private NetworkSampler cached(ClaimPlan plan, Configuration c, EvaluationDomain domain,
            Supplier<NetworkSampler> producer) {
        if (cache == null) {
            return producer.get();
        }
        String device = options.device() == ComputeDevice.AUTO
                ? TorchRuntime.device(ComputeDevice.AUTO).getDeviceType() : options.device().name().toLowerCase(Locale.ROOT);
        return new CachedSampler(cache, SampleKey.of(c, plan, device), plan.measureNames(), domain, () -> {
            try {
                return producer.get();
            } catch (IllegalArgumentException e) {
                throw new SpecException(plan.position(), e.getMessage());
            }
        });
    }

    /**
     * A source that keeps every value it hands out, for the per-network CSV. Its buffers grow with the networks
     * actually drawn (doubling), never with the budget.
     */
    private static final class Recorder implements ValueSource {
        private final ValueSource source;
        private double[][] values;
        private boolean[] nonFinite = new boolean[0];
        private int n;

        Recorder(ValueSource source, int measures) {
            this.source = source;
            this.values = new double[measures][0];
        }

        @Override
        public double[][] draw(long first, int count) {
            return draws(first, count).values();
        }

        @Override
        public Draws draws(long first, int count) {
            Draws batch = source.draws(first, count);
            if (n + count > nonFinite.length) {
                int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(n + (long) count, 2L * n));
                for (int m = 0; m < values.length; m++) {
                    values[m] = Arrays.copyOf(values[m], capacity);
                }
                nonFinite = Arrays.copyOf(nonFinite, capacity);
            }
            for (int m = 0; m < values.length; m++) {
                System.arraycopy(batch.values()[m], 0, values[m], n, count);
            }
            System.arraycopy(batch.nonFinite(), 0, nonFinite, n, count);
            n += count;
            return batch;
        }

        double[][] values() {
            double[][] out = new double[values.length][];
            for (int m = 0; m < values.length; m++) {
                out[m] = Arrays.copyOf(values[m], n);
            }
            return out;
        }

        boolean[] nonFinite() {
            return Arrays.copyOf(nonFinite, n);
        }
    }
}
