package dev.redshift.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import dev.redshift.measure.volume.LocalVolumeEstimator;
import dev.redshift.measure.volume.LocalVolumeOptions;
import dev.redshift.measure.volume.RayCosts;
import dev.redshift.measure.volume.RayGeometry;
import dev.redshift.measure.volume.VolumeEstimate;
import dev.redshift.measure.volume.VolumeMeasure;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.NetworkRandom;
import dev.redshift.network.ParameterVectorNetworks;
import dev.redshift.network.TorchRuntime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The producer of the {@code local-volume} measures (DESIGN §9): network k's local volume, a function of (seed, k)
 * only. A group of networks is searched together: the K directions of every network of the group are rows of one
 * (rows, D) parameter tensor, evaluated by the family's batched forward pass, so each step of the radius search is
 * one tensor program over every direction still searching, in passes of a fixed number of rows.
 *
 * <p>Directions: K standard normal vectors normalised to unit length, from a stream of network k's own (a
 * function of (seed, k)); under {@code procedure: blog} one stream shared by every network, as the published code
 * seeds its generator once. The cost is computed in float32 on the device, as KL term by term
 * (Σ p0·(log p0 − log q), so that its digits are those of the difference) or as a mean squared difference; the
 * search, the geometry and the integrals are double precision in Java.
 */
public final class LocalVolumeSampler implements NetworkSampler {

    /** The seed of the one direction stream the blog's procedure shares (the published code's 42). */
    static final long BLOG_DIRECTION_SEED = 42;
    /** Separates a network's direction stream from its weight stream. */
    private static final long DIRECTION_STREAM = 0x6A09E667F3BCC909L;
    /** Rays searched together, at most: K directions times this many networks' worth. */
    private static final int RAYS_PER_GROUP = 256;
    /**
     * Rows of every forward pass. Fixed, so that a row's rounding never depends on the rows beside it; 24 rows
     * of the blog's network (about 100 MB of activations) ran about three times faster per row than 89 on the
     * 2-core machine, whose caches larger passes overflow.
     */
    private static final int FORWARD_ROWS = 24;

    private final ParameterVectorNetworks networks;
    private final LocalVolumeOptions options;
    private final boolean kl;
    private final long seed;
    private final NDManager root;
    private final List<String> measures;
    private final NetworkSampler functions;
    private final int workerCount;
    private final ExecutorService workers;
    private final AtomicLong rowsEvaluated = new AtomicLong();

    /**
     * @param networks the configuration, as parameter vectors
     * @param options the measure's settings; {@code cost: by-family} becomes KL for several outputs, MSE for one
     * @param seed determines every network and its directions
     * @param device where the forward passes run
     */
    public LocalVolumeSampler(ParameterVectorNetworks networks, LocalVolumeOptions options, long seed,
            ComputeDevice device) {
        this(networks, options, seed, device, List.of(VolumeMeasure.VOLUME.id()), null);
    }

    /**
     * A producer of a claim's measures: the local-volume ones from the estimates, the others (LZ of the same
     * networks' functions, for a correlation) from {@code functions}.
     *
     * @param measures every measure of the claim, in the order of the values
     * @param functions the sampler of the same networks' functions (their domain, examples and other measures);
     *     null only when every measure is a local-volume one and neither domain nor functions are asked for
     */
    public LocalVolumeSampler(ParameterVectorNetworks networks, LocalVolumeOptions options, long seed,
            ComputeDevice device, List<String> measures, NetworkSampler functions) {
        this.measures = List.copyOf(measures);
        this.functions = functions;
        this.networks = networks;
        this.options = options;
        this.kl = switch (options.cost()) {
            case KL -> true;
            case MSE -> false;
            case BY_FAMILY -> networks.outputsPerPoint() > 1;
        };
        if (kl && networks.outputsPerPoint() < 2) {
            throw new IllegalArgumentException("cost kl needs several outputs per input; these networks have one"
                    + " — use cost: mse");
        }
        this.seed = seed;
        this.root = TorchRuntime.newManager(device);
        boolean cpu = ai.djl.Device.Type.CPU.equals(root.getDevice().getDeviceType());
        this.workerCount = cpu ? Math.max(1, Runtime.getRuntime().availableProcessors()) : 1;
        AtomicInteger named = new AtomicInteger();
        // on the CPU one worker per core, each on one PyTorch thread: small passes then never wait on a
        // parallel team (which on a loaded machine cost more than the arithmetic), and large ones fill the cores
        this.workers = Executors.newFixedThreadPool(workerCount, r -> {
            Thread t = new Thread(() -> {
                if (cpu) {
                    TorchRuntime.setIntraOpThreads(1);
                }
                r.run();
            }, "redshift-volume-" + named.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The local volume estimates of networks first..first+count−1, in groups spread over the workers; a
     * network's numbers do not depend on its group (every forward pass has {@link #FORWARD_ROWS} rows).
     */
    public List<VolumeEstimate> estimate(long first, int count) {
        int largest = Math.max(1, RAYS_PER_GROUP / options.directions());
        int group = Math.max(1, Math.min(largest, (count + workerCount - 1) / workerCount));
        List<Future<List<VolumeEstimate>>> groups = new ArrayList<>();
        for (int done = 0; done < count; done += group) {
            long at = first + done;
            int n = Math.min(group, count - done);
            groups.add(workers.submit(() -> estimateGroup(at, n)));
        }
        List<VolumeEstimate> out = new ArrayList<>();
        try {
            for (Future<List<VolumeEstimate>> f : groups) {
                out.addAll(await(f));
            }
        } finally {
            groups.forEach(f -> f.cancel(false));
        }
        return out;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring local volumes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Parameter vectors evaluated so far (padding rows not counted): the work, for projections of cost. */
    public long rowsEvaluated() {
        return rowsEvaluated.get();
    }

    @Override
    public MeasuredNetworks measure(long first, int count) {
        List<VolumeEstimate> estimates = estimate(first, count);
        boolean others = measures.stream().anyMatch(m -> VolumeMeasure.byId(m) == null);
        MeasuredNetworks measured = others ? functions.measure(first, count) : null;
        double[][] values = new double[measures.size()][];
        Map<String, String> reasons = new HashMap<>(measured == null ? Map.of() : measured.undefinedReasons());
        for (int m = 0; m < measures.size(); m++) {
            VolumeMeasure kind = VolumeMeasure.byId(measures.get(m));
            if (kind == null) {
                values[m] = measured.of(measures.get(m));
                continue;
            }
            values[m] = new double[count];
            for (int k = 0; k < count; k++) {
                VolumeEstimate e = estimates.get(k);
                values[m][k] = kind.of(e, options.statistic());
                if (Double.isNaN(values[m][k])) {
                    reasons.putIfAbsent(kind.id(), e.dropped() != null ? e.dropped()
                            : "no finite radius, so no mean log radius");
                }
            }
        }
        return new MeasuredNetworks(first, measures, values, Map.copyOf(reasons),
                measured == null ? new boolean[count] : measured.nonFinite());
    }

    @Override
    public EvaluationDomain domain() {
        return requireFunctions().domain();
    }

    @Override
    public float[] evaluate(long first, int count) {
        return requireFunctions().evaluate(first, count);
    }

    private NetworkSampler requireFunctions() {
        if (functions == null) {
            throw new IllegalStateException("this local-volume producer was made without the networks' functions");
        }
        return functions;
    }

    private List<VolumeEstimate> estimateGroup(long first, int count) {
        int d = networks.parameterCount();
        int k = options.directions();
        float[][] w0 = new float[count][];
        double[][][] directions = new double[count][][];
        List<RayGeometry> geometry = new ArrayList<>();
        double[][] shared = options.procedure() == LocalVolumeOptions.Procedure.BLOG
                ? directions(NetworkRandom.of(BLOG_DIRECTION_SEED, 0), k, d) : null;
        for (int j = 0; j < count; j++) {
            w0[j] = networks.parameters(seed, first + j);
            directions[j] = shared != null ? shared
                    : directions(NetworkRandom.of(seed + DIRECTION_STREAM, first + j), k, d);
            double n2 = 0;
            for (float v : w0[j]) {
                n2 += (double) v * v;
            }
            double[] projections = new double[k];
            for (int i = 0; i < k; i++) {
                double s = 0;
                for (int c = 0; c < d; c++) {
                    s += directions[j][i][c] * w0[j][c];
                }
                projections[i] = s;
            }
            geometry.add(RayGeometry.of(d, n2, projections, options.sigmaFactor()));
        }
        try (NDManager batch = root.newSubManager()) {
            Reference reference = reference(batch, w0);
            RayCosts costs = (rays, radii) -> costs(batch, reference, w0, directions, rays, radii);
            return new LocalVolumeEstimator(options).estimate(geometry, costs);
        }
    }

    /** K unit directions of R^D from one stream. */
    private static double[][] directions(NetworkRandom random, int k, int d) {
        double[][] out = new double[k][d];
        for (double[] u : out) {
            double n2 = 0;
            for (int c = 0; c < d; c++) {
                u[c] = random.gaussian();
                n2 += u[c] * u[c];
            }
            double norm = Math.sqrt(n2);
            for (int c = 0; c < d; c++) {
                u[c] /= norm;
            }
        }
        return out;
    }

    /** What the cost compares against, per network of the group: log p0 and p0 (KL) or f_w0 (MSE). */
    private record Reference(List<NDArray> logP0, List<NDArray> p0, List<NDArray> y0) {
    }

    private Reference reference(NDManager batch, float[][] w0) {
        List<NDArray> logP0 = new ArrayList<>();
        List<NDArray> p0 = new ArrayList<>();
        List<NDArray> y0 = new ArrayList<>();
        for (int start = 0; start < w0.length; start += FORWARD_ROWS) {
            int end = Math.min(w0.length, start + FORWARD_ROWS);
            int[] networksHere = new int[end - start];
            for (int j = start; j < end; j++) {
                networksHere[j - start] = j;
            }
            try (NDArray outputs = forward(batch, w0, null, networksHere, null)) {
                for (int j = start; j < end; j++) {
                    NDArray own = outputs.get(j - start);
                    if (kl) {
                        NDArray log = own.logSoftmax(-1);
                        logP0.add(log);
                        p0.add(log.exp());
                        own.close();
                    } else {
                        y0.add(own);
                    }
                }
            }
        }
        return new Reference(logP0, p0, y0);
    }

    /**
     * The outputs at w0_j + r·u_ji for the given rays (at w0_j itself when directions is null, rays then naming
     * networks), always as a forward pass of exactly {@link #FORWARD_ROWS} rows, the last row repeated to fill it:
     * PyTorch picks its matrix kernels by the batch's shape, with other rounding, and a row's numbers must not
     * depend on how many rows search beside it.
     */
    private NDArray forward(NDManager batch, float[][] w0, double[][][] directions, int[] rays, double[] radii) {
        int d = networks.parameterCount();
        int rows = rays.length;
        float[] flat = new float[FORWARD_ROWS * d];
        int k = options.directions();
        for (int row = 0; row < FORWARD_ROWS; row++) {
            int source = Math.min(row, rows - 1);
            int offset = row * d;
            if (directions == null) {
                System.arraycopy(w0[rays[source]], 0, flat, offset, d);
            } else {
                float[] w = w0[rays[source] / k];
                double[] u = directions[rays[source] / k][rays[source] % k];
                double r = radii[source];
                for (int c = 0; c < d; c++) {
                    flat[offset + c] = (float) (w[c] + r * u[c]);
                }
            }
        }
        rowsEvaluated.addAndGet(rows);
        try (NDArray parameters = batch.create(flat, new Shape(FORWARD_ROWS, d));
                NDArray all = networks.outputs(parameters)) {
            return all.get(new NDIndex("0:{}", rows));
        }
    }

    private double[] costs(NDManager batch, Reference reference, float[][] w0, double[][][] directions, int[] rays,
            double[] radii) {
        double[] out = new double[rays.length];
        int chunk = FORWARD_ROWS;
        int k = options.directions();
        for (int start = 0; start < rays.length; start += chunk) {
            int end = Math.min(rays.length, start + chunk);
            int[] part = Arrays.copyOfRange(rays, start, end);
            double[] partRadii = Arrays.copyOfRange(radii, start, end);
            try (NDManager step = batch.newSubManager()) {
                NDArray outputs = forward(step, w0, directions, part, partRadii);
                NDArray compared = kl ? outputs.logSoftmax(-1) : outputs;
                // rays of one network are contiguous: one reduction per network of the chunk
                for (int from = 0; from < part.length; ) {
                    int network = part[from] / k;
                    int to = from;
                    while (to < part.length && part[to] / k == network) {
                        to++;
                    }
                    NDArray rows = compared.get(new NDIndex("{}:{}", from, to));
                    // every array of the step is derived from its rows first, so that it belongs to the step's
                    // manager and is freed with it (an op's result joins its first operand's manager)
                    NDArray per;
                    if (kl) {
                        // p0·(log q − log p0), the negative of the KL terms
                        per = rows.sub(reference.logP0().get(network)).mul(reference.p0().get(network));
                    } else {
                        per = rows.sub(reference.y0().get(network)).square();
                    }
                    double sign = kl ? -1 : 1;
                    // summed over the outputs on the device (many sums, each done alone) and over the points in
                    // Java: a device reduction over both would split the work by the number of rows, and a row's
                    // cost would then round differently with the rows beside it
                    float[] perPoint = per.sum(new int[] {2}).toFloatArray();
                    int points = networks.pointCount();
                    for (int j = 0; j < to - from; j++) {
                        double sum = 0;
                        for (int x = 0; x < points; x++) {
                            sum += perPoint[j * points + x];
                        }
                        out[start + from + j] = sign * sum / points;
                    }
                    from = to;
                }
            }
        }
        return out;
    }

    /** Frees the device memory, and the functions' sampler. */
    @Override
    public void close() {
        workers.shutdownNow();
        root.close();
        if (functions != null) {
            functions.close();
        }
    }
}
