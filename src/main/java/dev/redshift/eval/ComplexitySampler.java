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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;

/**
 * Draws random networks, evaluates them in batches on DJL and measures the functions they compute.
 *
 * <p>One thread talks to the engine and evaluates batch k+1 while a pool measures batch k. Each batch lives
 * in its own NDManager, closed as soon as its outputs are copied out, so native memory stays flat however
 * many networks are drawn. Network i of a seed is the same whatever the batch size (see
 * {@link dev.redshift.network.NetworkRandom}).
 */
public final class ComplexitySampler implements NetworkSampler {

    private static final int MIN_BATCH = 2;

    private final RandomNetworks networks;
    private final EvaluationDomain domain;
    private final List<ComplexityMeasure> measures;
    private final long seed;
    private final int batchSize;
    private final float[] points;
    private final NDManager root;
    private final ExecutorService engineThread;
    private final ForkJoinPool measurePool;

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
        long budget = networks instanceof SequenceNetworks ? options.sequenceMemoryBudgetBytes()
                : options.memoryBudgetBytes();
        this.batchSize = Math.min(limit.largestBatch(networks, domain), options.batchSize() > 0 ? options.batchSize()
                : (int) Math.max(1, Math.min(networks instanceof SequenceNetworks ? 1024 : 256,
                        budget / Math.max(1, networks.bytesPerNetwork(domain.pointCount())))));
        this.points = domain.points();
        this.root = TorchRuntime.newManager(options.device());
        this.engineThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "redshift-engine");
            t.setDaemon(true);
            return t;
        });
        this.measurePool = new ForkJoinPool(Math.max(1, options.measureThreads()));
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
            float[] batch = await(submit(first + done, n));
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
        int points = domain.pointCount();
        Future<float[]> pending = submit(first, Math.min(batchSize, count));
        for (int done = 0; done < count; ) {
            int n = Math.min(batchSize, count - done);
            float[] outputs = await(pending);
            int next = done + n;
            if (next < count) {
                pending = submit(first + next, Math.min(batchSize, count - next));
            }
            int offset = done;
            await(measurePool.submit(() -> IntStream.range(0, n).parallel().forEach(k -> {
                if (!FiniteOutputs.all(outputs, k * points, points)) {
                    nonFinite[offset + k] = true;
                    for (double[] column : values) {
                        column[offset + k] = Double.NaN;
                    }
                    return;
                }
                Observation observation = domain.observe(outputs, k * points);
                for (int m = 0; m < measures.size(); m++) {
                    Complexity c = measures.get(m).measure(observation);
                    values[m][offset + k] = c.value();
                    if (!c.isDefined()) {
                        reasons.putIfAbsent(measures.get(m).name(), c.undefinedReason());
                    }
                }
            })));
            done = next;
            progress.accept(done);
        }
        return new MeasuredNetworks(first, measures.stream().map(ComplexityMeasure::name).toList(), values,
                Map.copyOf(reasons), nonFinite);
    }

    private Future<float[]> submit(long first, int count) {
        return engineThread.submit(() -> evaluateBatch(first, count));
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
        engineThread.shutdownNow();
        measurePool.shutdownNow();
        root.close();
    }
}
