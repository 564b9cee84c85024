package dev.redshift.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Random MLPs of DESIGN §2, evaluated a batch at a time with batched matrix products. Weights are drawn in
 * Java from each network's own {@link NetworkRandom} stream, in a fixed order (per layer: W, b, then the
 * gate's W', b'), and copied to the device.
 */
public final class MlpNetworks implements RandomNetworks {

    /** One MLP configuration; see {@link MlpFamily} for the meaning of each field. */
    public record Config(Activation activation, int depth, int width, double weightScale, double biasScale,
            double prefactor, boolean layerNorm, boolean residual, boolean gating, int inputs) {

        /** The default MLP (relu, depth 3, width 64) with another activation and weight scale. */
        public static Config of(Activation activation, int depth, int width, double weightScale) {
            return new Config(activation, depth, width, weightScale, 1, 1, false, false, false, 2);
        }

        int[] dims() {
            int[] dims = new int[depth + 2];
            dims[0] = inputs;
            for (int l = 1; l <= depth; l++) {
                dims[l] = width;
            }
            dims[depth + 1] = 1;
            return dims;
        }
    }

    private static final float LAYER_NORM_EPSILON = 1e-5f;

    private final Config config;
    private final int[] dims;

    public MlpNetworks(Config config) {
        this.config = config;
        this.dims = config.dims();
    }

    public Config config() {
        return config;
    }

    @Override
    public int inputs() {
        return config.inputs();
    }

    @Override
    public long bytesPerNetwork(int points) {
        int liveTensors = 4 + (config.layerNorm() ? 2 : 0) + (config.gating() ? 2 : 0) + (config.residual() ? 1 : 0);
        return (long) points * Math.max(config.width(), 1) * Float.BYTES * liveTensors;
    }

    /** The weights of networks first..first+count−1, per layer, as the device will receive them. */
    Weights draw(long seed, long first, int count) {
        int layers = dims.length - 1;
        Weights w = new Weights(layers, count, dims, config.gating());
        // Sequential: the sampler's workers already draw batches in parallel, and a batch is a few networks.
        for (int n = 0; n < count; n++) {
            NetworkRandom random = NetworkRandom.of(seed, first + n);
            for (int l = 0; l < layers; l++) {
                int fanIn = dims[l];
                int fanOut = dims[l + 1];
                double bound = config.weightScale() * Math.sqrt(6.0 / (fanIn + fanOut));
                fill(random, w.weights[l], n * fanIn * fanOut, fanIn * fanOut, bound);
                fill(random, w.biases[l], n * fanOut, fanOut, config.biasScale());
                if (w.gateWeights[l] != null) {
                    fill(random, w.gateWeights[l], n * fanIn * fanOut, fanIn * fanOut, bound);
                    fill(random, w.gateBiases[l], n * fanOut, fanOut, config.biasScale());
                }
            }
        }
        return w;
    }

    private static void fill(NetworkRandom random, float[] target, int offset, int length, double bound) {
        for (int k = 0; k < length; k++) {
            target[offset + k] = random.symmetric(bound);
        }
    }

    @Override
    public float[] evaluate(NDManager manager, NDArray points, long seed, long first, int count) {
        Weights w = draw(seed, first, count);
        NDArray h = points;
        for (int l = 0; l < dims.length - 1; l++) {
            boolean output = l == dims.length - 2;
            NDArray z = output && h != points ? outputLayer(manager, h, w.weights[l], w.biases[l], count, dims[l])
                    : affine(manager, h, w.weights[l], w.biases[l], count, dims[l], dims[l + 1]);
            NDArray next = output ? z : hidden(manager, z, h, w, l, count);
            if (h != points) {
                h.close();
            }
            h = next;
        }
        try (NDArray y = h) {
            return y.toFloatArray();
        }
    }

    /** h' for one hidden layer, in the order layerNorm → activation → residual → gate. */
    private NDArray hidden(NDManager manager, NDArray z, NDArray h, Weights w, int l, int count) {
        NDArray u = config.layerNorm() ? normalise(z) : z;
        NDArray a;
        if (config.prefactor() != 1) {
            try (NDArray scaled = u.mul(config.prefactor())) {
                a = config.activation().apply(scaled);
            }
        } else {
            a = config.activation().apply(u);
        }
        if (u != z) {
            u.close();
        }
        if (config.residual()) {
            a.addi(z);
        }
        z.close();
        if (config.gating()) {
            try (NDArray g = affine(manager, h, w.gateWeights[l], w.gateBiases[l], count, dims[l], dims[l + 1]);
                    NDArray gate = g.getNDArrayInternal().sigmoid()) {
                a.muli(gate);
            }
        }
        return a;
    }

    /** (z − mean(z)) / sqrt(var(z) + 1e-5) over the units, biased variance, no affine. */
    private static NDArray normalise(NDArray z) {
        int[] units = {-1};
        try (NDArray mean = z.mean(units, true)) {
            NDArray centred = z.sub(mean);
            try (NDArray squares = centred.square();
                    NDArray variance = squares.mean(units, true);
                    NDArray deviation = variance.addi(LAYER_NORM_EPSILON).sqrt()) {
                return centred.divi(deviation);
            }
        }
    }

    /** h·W + b for every network of the batch; h is (P, in) or (count, P, in). */
    private static NDArray affine(NDManager manager, NDArray h, float[] weights, float[] biases, int count,
            int fanIn, int fanOut) {
        try (NDArray wArray = manager.create(weights, new Shape(count, fanIn, fanOut));
                NDArray bArray = manager.create(biases, new Shape(count, 1, fanOut))) {
            return h.matMul(wArray).addi(bArray);
        }
    }

    /**
     * The single output unit, w·h + b per point, as (count, 1, in) × (count, in, P): the (count, P, in) × (count,
     * in, 1) product takes PyTorch's matrix-vector path, about ten times slower than this one, which reads h
     * transposed in place. A (count, in, 1) weight array holds the same numbers as a (count, 1, in) one.
     */
    private static NDArray outputLayer(NDManager manager, NDArray h, float[] weights, float[] biases, int count,
            int fanIn) {
        try (NDArray wArray = manager.create(weights, new Shape(count, 1, fanIn));
                NDArray bArray = manager.create(biases, new Shape(count, 1, 1));
                NDArray hT = h.transpose(0, 2, 1)) {
            return wArray.matMul(hT).addi(bArray);
        }
    }

    /** Every layer's weights for a batch of networks, network-major within each array. */
    static final class Weights {
        final float[][] weights;
        final float[][] biases;
        final float[][] gateWeights;
        final float[][] gateBiases;

        Weights(int layers, int count, int[] dims, boolean gating) {
            weights = new float[layers][];
            biases = new float[layers][];
            gateWeights = new float[layers][];
            gateBiases = new float[layers][];
            for (int l = 0; l < layers; l++) {
                weights[l] = new float[count * dims[l] * dims[l + 1]];
                biases[l] = new float[count * dims[l + 1]];
                if (gating && l < layers - 1) {
                    gateWeights[l] = new float[count * dims[l] * dims[l + 1]];
                    gateBiases[l] = new float[count * dims[l + 1]];
                }
            }
        }
    }
}
