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
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.NetworkRandom;
import dev.redshift.network.ParameterVectorNetworks;
import dev.redshift.network.TorchRuntime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The producer of the {@code local-volume} measures (DESIGN §9): network k's local volume, a function of (seed, k)
 * only. A group of networks is searched together: the K directions of every network of the group are rows of one
 * (rows, D) parameter tensor, evaluated by the family's batched forward pass, so each step of the radius search is
 * one tensor program over every direction still searching (split into chunks only to bound memory).
 *
 * <p>Directions: K standard normal vectors normalised to unit length, from a stream of network k's own (a
 * function of (seed, k)); under {@code procedure: blog} one stream shared by every network, as the published code
 * seeds its generator once. The cost is computed in float32 on the device, as KL term by term
 * (Σ p0·(log p0 − log q), so that its digits are those of the difference) or as a mean squared difference; the
 * search, the geometry and the integrals are double precision in Java.
 */
public final class LocalVolumeSampler {

    /** The measures this producer gives, in the order {@link Kind} lists them. */
    public enum Kind {
        /** The chosen statistic of log G. */
        VOLUME("local-volume"),
        /** The statistic divided by D. */
        PER_PARAMETER("local-volume-per-parameter"),
        /** mean_i log(r_i/|w0|) over finite radii. */
        LOG_RADIUS("local-volume-log-radius"),
        /** The share of infinite radii. */
        INFINITE("local-volume-infinite"),
        /** 1 when most radii lie beyond σ√D, else 0. */
        SATURATED("local-volume-saturated"),
        /** 1 when the blog's procedure drops the network, else 0 (always 0 under the exact procedure). */
        DROPPED("local-volume-dropped");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The measure's name in specs. */
        public String id() {
            return id;
        }

        /** The kind called {@code name}, or null when it is no local-volume measure. */
        public static Kind byId(String name) {
            for (Kind k : values()) {
                if (k.id.equals(name)) {
                    return k;
                }
            }
            return null;
        }

        /** The value of this kind for one network; NaN for a network the blog drops. */
        public double of(VolumeEstimate e, LocalVolumeOptions.Statistic statistic) {
            return switch (this) {
                case VOLUME -> e.value(statistic);
                case PER_PARAMETER -> e.value(statistic) / e.dimension();
                case LOG_RADIUS -> e.dropped() != null ? Double.NaN : e.meanLogRadius();
                case INFINITE -> e.dropped() != null ? Double.NaN : e.infiniteFraction();
                case SATURATED -> e.dropped() != null ? Double.NaN : e.saturated() ? 1 : 0;
                case DROPPED -> e.dropped() != null ? 1 : 0;
            };
        }
    }

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

    /**
     * @param networks the configuration, as parameter vectors
     * @param options the measure's settings; {@code cost: by-family} becomes KL for several outputs, MSE for one
     * @param seed determines every network and its directions
     * @param device where the forward passes run
     */
    public LocalVolumeSampler(ParameterVectorNetworks networks, LocalVolumeOptions options, long seed,
            ComputeDevice device) {
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
    }

    /** The local volume estimates of networks first..first+count−1. */
    public List<VolumeEstimate> estimate(long first, int count) {
        List<VolumeEstimate> out = new ArrayList<>();
        int group = Math.max(1, RAYS_PER_GROUP / options.directions());
        for (int done = 0; done < count; done += group) {
            out.addAll(estimateGroup(first + done, Math.min(group, count - done)));
        }
        return out;
    }

    /** The values of networks first..first+count−1 under each kind, {@code values[kind][k]}. */
    public double[][] values(long first, int count, List<Kind> kinds, Map<String, String> undefinedReasons) {
        List<VolumeEstimate> estimates = estimate(first, count);
        double[][] values = new double[kinds.size()][count];
        for (int k = 0; k < count; k++) {
            VolumeEstimate e = estimates.get(k);
            for (int m = 0; m < kinds.size(); m++) {
                values[m][k] = kinds.get(m).of(e, options.statistic());
                if (Double.isNaN(values[m][k])) {
                    undefinedReasons.putIfAbsent(kinds.get(m).id(), e.dropped() != null ? e.dropped()
                            : "no finite radius, so no mean log radius");
                }
            }
        }
        return values;
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
                    NDArray per;
                    if (kl) {
                        per = reference.logP0().get(network).sub(rows).mul(reference.p0().get(network));
                    } else {
                        per = rows.sub(reference.y0().get(network)).square();
                    }
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
                        out[start + from + j] = sum / points;
                    }
                    from = to;
                }
            }
        }
        return out;
    }

    /** Frees the device memory. */
    public void close() {
        root.close();
    }
}
