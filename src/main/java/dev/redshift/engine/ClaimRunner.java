package dev.redshift.engine;

import dev.redshift.cache.CachedSampler;
import dev.redshift.cache.SampleKey;
import dev.redshift.cache.SampleStore;
import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.NetworkSampler;
import dev.redshift.eval.Grid;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.TorchRuntime;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.Configuration;
import dev.redshift.spec.SpecException;
import dev.redshift.stats.Draws;
import dev.redshift.stats.Evidence;
import dev.redshift.stats.LookScheduler;
import dev.redshift.stats.NonFiniteNetworksException;
import dev.redshift.stats.ReadingTests;
import dev.redshift.stats.ReadingVerdicts;
import dev.redshift.stats.ValueSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Runs one claim: the sequential test drawing each configuration's networks from the executor (through the sample
 * cache when there is one), a look at a time.
 */
public final class ClaimRunner {

    /**
     * About what reporting one claim takes once it is concluded: its console lines, report entries and run record,
     * and its share of the replication and Allure reports written after the last claim. The whole battery under
     * {@code --time-budget 20m --report} took 67 s from the scheduler's stop to the JVM's exit for 282 claims on
     * 2 cores, 0.24 s a claim; at 0.15 s it overran the budget by 25 s.
     */
    static final double REPORT_SECONDS = 0.25;

    private final SamplerOptions options;
    private final SampleStore cache;
    private final SampleExecutor executor;
    private final RunInterruption interruption;

    /** A runner that computes every network in process. */
    public ClaimRunner(SamplerOptions options) {
        this(options, null);
    }

    /**
     * A runner that takes per-network values from {@code cache} where it holds them and computes the rest in
     * process.
     *
     * @param cache the sample cache, or null for none
     */
    public ClaimRunner(SamplerOptions options, SampleStore cache) {
        this(options, cache, new LocalExecutor());
    }

    /**
     * A runner that takes per-network values from {@code cache} where it holds them and has {@code executor}
     * compute the rest.
     *
     * @param cache the sample cache, or null for none
     * @param executor where networks are computed; the caller closes it
     */
    public ClaimRunner(SamplerOptions options, SampleStore cache, SampleExecutor executor) {
        this(options, cache, executor, new RunInterruption());
    }

    /**
     * A runner as {@link #ClaimRunner(SamplerOptions, SampleStore, SampleExecutor)} whose claims stop before their
     * next draw, with {@link RunInterruption.Stopped}, once {@code interruption} is requested.
     */
    public ClaimRunner(SamplerOptions options, SampleStore cache, SampleExecutor executor,
            RunInterruption interruption) {
        this.options = options;
        this.cache = cache;
        this.executor = executor;
        this.interruption = interruption;
    }

    /**
     * Runs a claim to its verdict; {@code onLook} sees the evidence of every look. A configuration that cannot
     * be sampled (too large for memory, a measure it has no value for) and a claim with more non-finite networks
     * than it may leave out fail with one line that starts at the claim's position.
     */
    public ClaimOutcome run(ClaimPlan plan, Consumer<Evidence> onLook) {
        return run(plan, onLook, 0);
    }

    /**
     * Runs a claim as {@link #run(ClaimPlan, Consumer)} does, its first look going straight to {@code from} networks
     * per configuration (what an earlier run of it drew, read back from the cache) when that is beyond its minimum.
     */
    public ClaimOutcome run(ClaimPlan plan, Consumer<Evidence> onLook, int from) {
        try (Session session = start(plan)) {
            if (from > 0) {
                session.lookTo(from);
                onLook.accept(session.progress.evidence());
            }
            while (!session.finished()) {
                onLook.accept(session.lookAndTell());
            }
            return session.finish();
        }
    }

    /**
     * A claim opened for a scheduler that takes its looks one at a time ({@link LookScheduler}); its executor's work
     * stays open until {@link Session#finish} or {@link Session#close}.
     */
    public Session start(ClaimPlan plan) {
        return new Session(plan);
    }

    /** One claim's sequential test in progress, a look at a time. */
    public final class Session implements LookScheduler.Claim, AutoCloseable {
        private final ClaimPlan plan;
        private final long start = System.nanoTime();
        private final List<Configuration> sampled;
        private final ClaimWork work;
        private final List<NetworkSampler> samplers = new ArrayList<>();
        private final List<Recorder> recorders;
        private final ReadingTests.Progress progress;
        /** Seconds per network computed on the last look that computed any; NaN before one did. */
        private double secondsPerNetwork = Double.NaN;
        /** Seconds spent in this claim's looks: its own time, where a scheduler interleaves it with others. */
        private double lookSeconds;
        /** The example functions, taken on the first look when the networks are released between looks. */
        private List<float[]> examples;
        private RuntimeException broken;
        private boolean closed;
        private boolean releaseBetweenLooks;

        private Session(ClaimPlan plan) {
            this.plan = plan;
            this.sampled = plan.sampled();
            for (Configuration c : sampled) {
                try {
                    ConfigurationProducers.check(plan, c);
                } catch (IllegalArgumentException e) {
                    throw new SpecException(plan.position(), e.getMessage());
                }
            }
            this.work = executor.open(plan, i -> producer(plan, i));
            try {
                List<ExecutedSampler> executed = new ArrayList<>();
                // with a slope/peak summary every level of a configuration is sampled; plan groups them back
                for (int i = 0; i < sampled.size(); i++) {
                    Configuration c = sampled.get(i);
                    EvaluationDomain domain = domain(plan, c);
                    ExecutedSampler producer = new ExecutedSampler(work, i, domain);
                    executed.add(producer);
                    samplers.add(cached(plan, c, domain, producer));
                }
                this.recorders = plan.perConfiguration(samplers.stream().map(ClaimRunner.this::source).toList())
                        .stream().map(source -> new Recorder(source, plan.measures().size())).toList();
                // one sequential test per reading of the measure (the claim's measure alone without readings:)
                ReadingTests test = new ReadingTests(plan.expectation(), plan.confidence(), plan.budget(),
                        plan.decidedReadings());
                this.progress = test.start(plan.decided().stream().map(Configuration::label).toList(),
                        List.copyOf(recorders), (first, count) -> {
                            interruption.check();
                            computeLook(work, samplers, executed, first, count);
                        });
            } catch (RuntimeException e) {
                work.close();
                throw e;
            }
        }

        /** The claim's plan. */
        public ClaimPlan plan() {
            return plan;
        }

        Evidence lookAndTell() {
            look();
            return progress.evidence();
        }

        @Override
        public void look() {
            lookTo(0);
        }

        /**
         * Frees the claim's networks after each look ({@link ClaimWork#release}): for a scheduler that keeps every
         * claim open at once, where hundreds of open producers would otherwise hold their threads and memory.
         */
        void releaseBetweenLooks() {
            releaseBetweenLooks = true;
        }

        /** Lets a claim with {@code samples.max: auto} go past its max (a scheduler with time to share). */
        void uncap() {
            progress.uncap();
        }

        /** A look that goes at least to {@code n} networks per configuration (a resumed claim's first). */
        void lookTo(int n) {
            long t0 = System.nanoTime();
            long computedBefore = computed();
            try {
                progress.lookTo(n);
                if (releaseBetweenLooks && examples == null) {
                    // while the networks are at hand: a trained run released now would be trained again for them
                    examples = examples();
                }
            } catch (NonFiniteNetworksException e) {
                broken = new NonFiniteNetworksException(plan.position() + ": " + e.getMessage());
                throw broken;
            } catch (RuntimeException e) {
                broken = e;
                throw e;
            } finally {
                if (releaseBetweenLooks) {
                    work.release();
                }
                lookSeconds += (System.nanoTime() - t0) / 1e9;
            }
            // networks read from the cache cost next to nothing: the rate is that of the networks computed, so a
            // claim whose first looks another claim's networks served is not taken as free for its next ones
            long computedNow = computed() - computedBefore;
            if (computedNow > 0) {
                secondsPerNetwork = (System.nanoTime() - t0) / 1e9 / computedNow;
            }
        }

        /** Networks computed so far, over every sampled configuration (all drawn, without a cache). */
        private long computed() {
            long n = 0;
            for (NetworkSampler s : samplers) {
                n += s instanceof CachedSampler c ? c.computed() : 0;
            }
            return cache == null ? (long) progress.drawn() * samplers.size() : n;
        }

        @Override
        public double nextLookSeconds(double rate) {
            int size = progress.nextLookSize();
            long missing = 0;
            for (NetworkSampler s : samplers) {
                missing += s instanceof CachedSampler c ? c.missing(progress.drawn(), size).count() : size;
            }
            return missing * rate;
        }

        @Override
        public double concludeSeconds(double rate) {
            // the example functions of a 2-D grid's first networks (unless a look took them), then the claim's
            // lines and report entries
            return REPORT_SECONDS + (examples != null ? 0 : ClaimOutcome.EXAMPLES * plan.configurations().size() * rate);
        }

        /** The first networks' functions of each configuration on a 2-D grid, for the report's pictures. */
        private List<float[]> examples() {
            List<float[]> out = new ArrayList<>();
            for (int c = 0; c < plan.configurations().size(); c++) {
                NetworkSampler first = samplers.get(plan.firstSampled(c));
                boolean grid2d = first.domain() instanceof Grid g && g.dims() == 2;
                out.add(grid2d ? first.evaluate(0, ClaimOutcome.EXAMPLES) : new float[0]);
            }
            return List.copyOf(out);
        }

        @Override
        public String name() {
            return plan.spec() + " / " + plan.name();
        }

        @Override
        public boolean finished() {
            return broken != null || progress.finished();
        }

        /** The verdict of its looks so far: INCONCLUSIVE before the first, while undecided, and when a look broke. */
        dev.redshift.stats.Verdict verdictSoFar() {
            Evidence e = progress.evidence();
            return e == null || broken != null ? dev.redshift.stats.Verdict.INCONCLUSIVE : e.verdict();
        }

        /** What stopped a look, or null. */
        RuntimeException broken() {
            return broken;
        }

        @Override
        public int nextLookSize() {
            return progress.nextLookSize();
        }

        @Override
        public int left() {
            return progress.left();
        }

        @Override
        public int configurations() {
            return sampled.size();
        }

        @Override
        public java.util.OptionalInt projected() {
            return progress.projected();
        }

        @Override
        public double secondsPerNetwork() {
            return secondsPerNetwork;
        }

        /** The outcome on the looks taken (a claim the time left undecided says how many more would decide it). */
        public ClaimOutcome finish() {
            if (broken != null) {
                close();
                throw broken;
            }
            if (progress.evidence() == null) {
                look();
            }
            Evidence evidence = TrainedClaims.namingDiverged(progress.conclude(), plan, samplers);
            ReadingVerdicts readings = plan.readings().isEmpty() ? null : progress.concludedVerdicts();
            List<float[]> examples = this.examples != null ? this.examples : examples();
            // the per-network values are the claim's own configurations'; a range's references are in the evidence
            List<Recorder> own = recorders.subList(0, plan.configurations().size());
            ClaimOutcome outcome = new ClaimOutcome(plan, evidence, own.stream().map(Recorder::values).toList(),
                    List.copyOf(examples), releaseBetweenLooks ? lookSeconds : (System.nanoTime() - start) / 1e9,
                    own.stream().map(Recorder::nonFinite).toList(), readings);
            close();
            return outcome;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                work.close();
            }
        }
    }

    /**
     * Has the executor compute, in one request, what a look needs of every configuration and the cache lacks;
     * each configuration then finds its values waiting. A look of one configuration is left to the draw itself.
     */
    private static void computeLook(ClaimWork work, List<NetworkSampler> samplers, List<ExecutedSampler> executed,
            long first, int count) {
        List<Slice> slices = new ArrayList<>();
        for (int i = 0; i < samplers.size(); i++) {
            NetworkSampler s = samplers.get(i);
            CachedSampler.Missing missing = s instanceof CachedSampler c ? c.missing(first, count)
                    : new CachedSampler.Missing(first, count);
            if (missing.count() > 0) {
                slices.add(new Slice(i, missing.first(), missing.count()));
            }
        }
        if (slices.size() < 2) {
            return;
        }
        List<MeasuredNetworks> values = work.measure(slices);
        for (int k = 0; k < slices.size(); k++) {
            executed.get(slices.get(k).configuration()).offer(values.get(k));
        }
    }

    /** A sampler's values as the statistics see them, with the networks whose outputs were not finite marked. */
    private ValueSource source(NetworkSampler sampler) {
        return new ValueSource() {
            @Override
            public double[][] draw(long first, int count) {
                interruption.check();
                return sampler.measure(first, count).values();
            }

            @Override
            public Draws draws(long first, int count) {
                interruption.check();
                MeasuredNetworks m = sampler.measure(first, count);
                return new Draws(m.values(), m.nonFinite());
            }
        };
    }

    /** Where a configuration's networks are read, refused at the claim's position when it cannot be built. */
    private static EvaluationDomain domain(ClaimPlan plan, Configuration c) {
        try {
            return ConfigurationProducers.domain(plan, c);
        } catch (IllegalArgumentException e) {
            throw new SpecException(plan.position(), e.getMessage());
        }
    }

    /** The in-process producer of sampled configuration i, refused at the claim's position when it cannot be built. */
    private NetworkSampler producer(ClaimPlan plan, int i) {
        try {
            return ConfigurationProducers.create(plan, i, options);
        } catch (IllegalArgumentException e) {
            throw new SpecException(plan.position(), e.getMessage());
        }
    }

    /** The executor's values without a cache, else the cache in front of them. */
    private NetworkSampler cached(ClaimPlan plan, Configuration c, EvaluationDomain domain, NetworkSampler producer) {
        if (cache == null) {
            return producer;
        }
        String device = options.device() == ComputeDevice.AUTO
                ? TorchRuntime.device(ComputeDevice.AUTO).getDeviceType() : options.device().name().toLowerCase(Locale.ROOT);
        return new CachedSampler(cache, SampleKey.of(c, plan, device), plan.measureNames(), domain, () -> producer);
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
