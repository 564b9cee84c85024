package dev.redshift.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Random MLPs of DESIGN §2, evaluated a batch at a time with batched matrix products. Weights are drawn in
 * Java from each network's own {@link NetworkRandom} stream, in a fixed order (per layer: W, b, then the
 * gate's W', b'), and copied to the device.
 */
public final class MlpNetworks implements TrainableNetworks {

    /** One MLP configuration; see {@link MlpFamily} for the meaning of each field. */
    public record Config(Activation activation, int depth, int width, double weightScale, double biasScale,
            double prefactor, boolean layerNorm, boolean residual, boolean gating, int inputs,
            WeightDistribution weightDistribution) {

        /** A configuration with §2's uniform weights. */
        public Config(Activation activation, int depth, int width, double weightScale, double biasScale,
                double prefactor, boolean layerNorm, boolean residual, boolean gating, int inputs) {
            this(activation, depth, width, weightScale, biasScale, prefactor, layerNorm, residual, gating, inputs,
                    WeightDistribution.UNIFORM);
        }

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

    @Override
    public NetworkFootprint footprint(long points) {
        // per layer: W and b (twice for a gated hidden layer), counted in long from the config, no array
        long width = config.width();
        long inputs = config.inputs();
        long gate = config.gating() ? 2 : 1;
        long weights;
        long largest;
        if (config.depth() == 0) {
            weights = inputs + 1;
            largest = inputs;
        } else {
            long first = NetworkFootprint.times(gate, NetworkFootprint.plus(NetworkFootprint.times(inputs, width), width));
            long hidden = NetworkFootprint.times(gate, config.depth() - 1L,
                    NetworkFootprint.plus(NetworkFootprint.times(width, width), width));
            weights = NetworkFootprint.plus(first, hidden, width + 1);
            largest = Math.max(NetworkFootprint.times(inputs, width), config.depth() > 1 ? width * width : width);
        }
        long weightBytes = NetworkFootprint.times(weights, Float.BYTES);
        int liveTensors = 4 + (config.layerNorm() ? 2 : 0) + (config.gating() ? 2 : 0) + (config.residual() ? 1 : 0);
        long activations = NetworkFootprint.times(points, Math.max(width, 1), Float.BYTES, liveTensors);
        return new NetworkFootprint(0, 0, weightBytes, NetworkFootprint.plus(weightBytes, activations), largest,
                "mlp with width " + config.width() + ", depth " + config.depth()
                        + (config.inputs() != 2 ? ", inputs " + config.inputs() : ""));
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
                config.weightDistribution().fill(random, w.weights[l], n * fanIn * fanOut, fanIn, fanOut, bound);
                fill(random, w.biases[l], n * fanOut, fanOut, config.biasScale());
                if (w.gateWeights[l] != null) {
                    config.weightDistribution().fill(random, w.gateWeights[l], n * fanIn * fanOut, fanIn, fanOut,
                            bound);
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

    /** Per layer l (1-based): W{l} (count, in, out), b{l} (count, 1, out), then the gate's G{l}, g{l}. */
    @Override
    public List<StackedParameter> initialParameters(NDManager manager, long seed, long first, int count) {
        Weights w = draw(seed, first, count);
        List<StackedParameter> out = new ArrayList<>();
        for (int l = 0; l < dims.length - 1; l++) {
            Shape matrix = new Shape(count, dims[l], dims[l + 1]);
            Shape row = new Shape(count, 1, dims[l + 1]);
            out.add(new StackedParameter("W" + (l + 1), manager.create(w.weights[l], matrix), true));
            out.add(new StackedParameter("b" + (l + 1), manager.create(w.biases[l], row), false));
            if (w.gateWeights[l] != null) {
                out.add(new StackedParameter("G" + (l + 1), manager.create(w.gateWeights[l], matrix), true));
                out.add(new StackedParameter("g" + (l + 1), manager.create(w.gateBiases[l], row), false));
            }
        }
        return out;
    }

    @Override
    public NDArray forward(NDArray points, List<StackedParameter> parameters) {
        int layers = dims.length - 1;
        int p = 0;
        NDArray h = points;
        for (int l = 0; l < layers; l++) {
            boolean output = l == layers - 1;
            NDArray weights = parameters.get(p++).array();
            NDArray biases = parameters.get(p++).array();
            NDArray z = output && h != points ? outputUnit(h, weights, biases) : affine(h, weights, biases);
            NDArray next = z;
            if (!output) {
                NDArray gateWeights = config.gating() ? parameters.get(p++).array() : null;
                NDArray gateBiases = config.gating() ? parameters.get(p++).array() : null;
                next = hidden(z, h, gateWeights, gateBiases);
            }
            if (h != points) {
                h.close();
            }
            h = next;
        }
        try (NDArray y = h) {
            return y.squeeze(layers > 1 ? 1 : -1); // (count, 1, P) from outputUnit, (count, P, 1) from affine
        }
    }

    /**
     * h' for one hidden layer, in the order layerNorm → activation → residual → gate. Nothing is changed in
     * place that backpropagation still needs; closing a handle does not free what autograd holds.
     */
    private NDArray hidden(NDArray z, NDArray h, NDArray gateWeights, NDArray gateBiases) {
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
            try (NDArray activated = a) {
                a = activated.add(z);
            }
        }
        z.close();
        if (gateWeights != null) {
            try (NDArray activated = a;
                    NDArray g = affine(h, gateWeights, gateBiases);
                    NDArray gate = g.getNDArrayInternal().sigmoid()) {
                a = activated.mul(gate);
            }
        }
        return a;
    }

    /** (z − mean(z)) / sqrt(var(z) + 1e-5) over the units, biased variance, no affine. */
    private static NDArray normalise(NDArray z) {
        int[] units = {-1};
        try (NDArray mean = z.mean(units, true);
                NDArray centred = z.sub(mean);
                NDArray squares = centred.square();
                NDArray variance = squares.mean(units, true);
                NDArray shifted = variance.add(LAYER_NORM_EPSILON);
                NDArray deviation = shifted.sqrt()) {
            return centred.div(deviation);
        }
    }

    /**
     * h·W + b for every network of the batch; h is (P, in) or (count, P, in). The bias goes onto the fresh
     * product in place, which autograd allows (a product's backward needs its factors, not its result), and
     * saves a tensor-sized allocation and pass per layer.
     */
    private static NDArray affine(NDArray h, NDArray weights, NDArray biases) {
        return h.matMul(weights).addi(biases);
    }

    /**
     * The single output unit, w·h + b per point, as (count, 1, in) × (count, in, P) → (count, 1, P): the
     * (count, P, in) × (count, in, 1) product takes PyTorch's matrix-vector path, about ten times slower than
     * this one, which reads h transposed in place. W (count, in, 1) holds the same numbers as (count, 1, in).
     */
    private static NDArray outputUnit(NDArray h, NDArray weights, NDArray biases) {
        Shape shape = weights.getShape();
        try (NDArray row = weights.reshape(shape.get(0), 1, shape.get(1));
                NDArray hT = h.transpose(0, 2, 1)) {
            return row.matMul(hT).addi(biases);
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
