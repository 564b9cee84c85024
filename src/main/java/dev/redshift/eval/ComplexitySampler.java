package dev.redshift.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.redshift.measure.Complexity;
import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.measure.Observation;
import dev.redshift.network.RandomNetworks;
import dev.redshift.network.SequenceNetworks;
import dev.redshift.network.TorchRuntime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * Draws random networks, evaluates them in batches on DJL and measures the functions they compute.
 *
 * <p>A pool of workers, one per core, each takes the next batch, evaluates it and measures it: evaluation and
 * measurement overlap across batches with no thread waiting on another and no core oversubscribed. On the CPU
 * each worker runs PyTorch on one intra-op thread (its batch is small enough to stay in cache, and two
 * OpenMP teams spinning on two cores would fight); transformers, whose batches are large matrix products,
 * get one worker that PyTorch parallelises instead. Each batch lives in its own NDManager, closed as soon as
 * its outputs are copied out, so native memory stays flat however many networks are drawn. Network i of a
 * seed is the same whatever the batch size or worker (see {@link dev.redshift.network.NetworkRandom}).
 */
public final class ComplexitySampler implements NetworkSampler {

    private static final int MIN_BATCH = 2;
    /** Batches queued ahead of the one awaited, per worker, so that no worker idles between batches. */
    private static final int QUEUED_PER_WORKER = 2;

    private final RandomNetworks networks;
    private final EvaluationDomain domain;
    private final List<ComplexityMeasure> measures;
    private final long seed;
    private final int batchSize;
    private final int workerCount;
    private final float[] points;
    private final NDManager root;
    private final ExecutorService workers;

    /**
     * @param networks the configuration to draw from
     * @param domain where networks are evaluated; its input dimension must match
     * @param measures what to measure, each accepting the domain's observations
     * @param seed determines every network drawn
     * @param options device and batching
     */
    public ComplexitySampler(RandomNetworks networks, EvaluationDomain domain, List<ComplexityMeasure> measures,
            long seed, SamplerOptions options) {
        if (networks.inputs() != domain.inputs()) {
            throw new IllegalArgumentException("networks take " + networks.inputs() + " inputs but the domain has "
                    + domain.inputs());
        }
        this.networks = networks;
        this.domain = domain;
        this.measures = List.copyOf(measures);
        this.seed = seed;
        MemoryLimit limit = MemoryLimit.of(options.device());
        limit.check(networks, domain); // before anything is allocated: too large a configuration is one line
        boolean sequences = networks instanceof SequenceNetworks;
        long budget = sequences ? options.sequenceMemoryBudgetBytes() : options.memoryBudgetBytes();
        this.batchSize = Math.min(limit.largestBatch(networks, domain), options.batchSize() > 0 ? options.batchSize()
                : (int) Math.max(1, Math.min(sequences ? 1024 : 256,
                        budget / Math.max(1, networks.bytesPerNetwork(domain.pointCount())))));
        this.points = domain.points();
        this.root = TorchRuntime.newManager(options.device());
        int cores = Math.max(1, options.measureThreads());
        this.workerCount = sequences ? 1 : cores;
        boolean cpu = ai.djl.Device.Type.CPU.equals(root.getDevice().getDeviceType());
        int torchThreads = sequences ? cores : 1;
        AtomicInteger named = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workerCount, r -> {
            Thread t = new Thread(() -> {
                if (cpu) {
                    TorchRuntime.setIntraOpThreads(torchThreads);
                }
                r.run();
            }, "redshift-worker-" + named.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Where the networks are evaluated. */
    @Override
    public EvaluationDomain domain() {
        return domain;
    }

    /** Networks per batch. */
    public int batchSize() {
        return batchSize;
    }

    /** Outputs of networks first..first+count−1 at the domain's points, network-major. */
    @Override
    public float[] evaluate(long first, int count) {
        float[] all = new float[count * domain.pointCount()];
        for (int done = 0; done < count; ) {
            int n = Math.min(batchSize, count - done);
            long at = first + done;
            float[] batch = await(workers.submit(() -> evaluateBatch(at, n)));
            System.arraycopy(batch, 0, all, done * domain.pointCount(), batch.length);
            done += n;
        }
        return all;
    }

    /** The complexity of networks first..first+count−1 under every measure. */
    @Override
    public MeasuredNetworks measure(long first, int count) {
        return measure(first, count, done -> { });
    }

    /**
     * The complexity of networks first..first+count−1 under every measure, reporting progress after each
     * batch with the number of networks measured so far.
     */
    public MeasuredNetworks measure(long first, int count, LongConsumer progress) {
        double[][] values = new double[measures.size()][count];
        boolean[] nonFinite = new boolean[count];
        Map<String, String> reasons = new ConcurrentHashMap<>();
        Deque<Future<Integer>> inFlight = new ArrayDeque<>();
        int submitted = 0;
        int done = 0;
        try {
            while (done < count) {
                while (submitted < count && inFlight.size() < QUEUED_PER_WORKER * workerCount) {
                    int offset = submitted;
                    int n = Math.min(batchSize, count - submitted);
                    inFlight.add(workers.submit(() -> {
                        measureBatch(evaluateBatch(first + offset, n), n, offset, values, nonFinite, reasons);
                        return n;
                    }));
                    submitted += n;
                }
                done += await(inFlight.remove());
                progress.accept(done);
            }
        } finally {
            inFlight.forEach(f -> f.cancel(false));
        }
        return new MeasuredNetworks(first, measures.stream().map(ComplexityMeasure::name).toList(), values,
                Map.copyOf(reasons), nonFinite);
    }

    /** Measures the n networks of one batch into columns offset..offset+n−1 of {@code values}. */
    private void measureBatch(float[] outputs, int n, int offset, double[][] values, boolean[] nonFinite,
            Map<String, String> reasons) {
        int points = domain.pointCount();
        for (int k = 0; k < n; k++) {
            if (!FiniteOutputs.all(outputs, k * points, points)) {
                nonFinite[offset + k] = true;
                for (double[] column : values) {
                    column[offset + k] = Double.NaN;
                }
                continue;
            }
            Observation observation = domain.observe(outputs, k * points);
            for (int m = 0; m < measures.size(); m++) {
                Complexity c = measures.get(m).measure(observation);
                values[m][offset + k] = c.value();
                if (!c.isDefined()) {
                    reasons.putIfAbsent(measures.get(m).name(), c.undefinedReason());
                }
            }
        }
    }

    private float[] evaluateBatch(long first, int count) {
        // PyTorch multiplies a batch of one along another path than larger batches, with other rounding; a lone
        // network is evaluated beside its successor so that its numbers do not depend on the batch size.
        int evaluated = Math.max(count, MIN_BATCH);
        // Points are re-created in the batch manager so that every array derived from them is freed with it.
        try (NDManager batch = root.newSubManager();
                NDArray x = batch.create(points, new Shape(domain.pointCount(), domain.inputs()))) {
            float[] outputs = networks.evaluate(batch, x, seed, first, evaluated);
            return evaluated == count ? outputs : Arrays.copyOf(outputs, count * domain.pointCount());
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sampling", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        root.close();
    }
}
