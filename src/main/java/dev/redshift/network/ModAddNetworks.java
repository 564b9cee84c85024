package dev.redshift.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Random {@code modadd} networks (DESIGN §9): on all N² pairs (a, b), one-hot, x1 = E_L[a], x2 = E_R[b],
 * h = φ(x1 W_L + x2 W_R), then {@code depth} layers h ← φ(h W_k + c_k), logits = h U + b_U. Every weight and bias
 * is U(−1/√fan_in, 1/√fan_in)·weightScale (PyTorch's default for linear layers; fan_in N for the embeddings, e
 * for W_L and W_R, h after), drawn in Java from the network's {@link NetworkRandom} in the order E_L, E_R, W_L,
 * W_R, (W_k, c_k)…, U, b_U, which is also the order of the flat parameter vector.
 *
 * <p>As a sequence network its "sequence" is the answer table: the arg-max class of each pair, a-major, so the
 * LZ measures read the function it computes. Its local volume uses the flat vector ({@link ParameterVectorNetworks}).
 */
public final class ModAddNetworks implements SequenceNetworks, ParameterVectorNetworks {

    /**
     * One configuration.
     *
     * @param modulus N
     * @param embed e
     * @param width h
     * @param depth extra hidden layers
     * @param activation φ
     * @param weightScale multiplies every bound
     */
    public record Config(int modulus, int embed, int width, int depth, Activation activation, double weightScale) {

        /** D = 2Ne + 2eh + depth(h² + h) + hN + N. */
        public long parameterCount() {
            long n = modulus;
            long e = embed;
            long h = width;
            return 2 * n * e + 2 * e * h + depth * (h * h + h) + h * n + n;
        }
    }

    /** One parameter tensor of the flat vector: rows × cols values from offset, bound 1/√fanIn. */
    private record Block(int offset, int rows, int cols, int fanIn) {
        int size() {
            return rows * cols;
        }
    }

    private final Config config;
    private final List<Block> blocks;
    private final int parameterCount;

    public ModAddNetworks(Config config) {
        if (config.parameterCount() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a modadd network of " + config.parameterCount()
                    + " parameters is too large for one vector");
        }
        this.config = config;
        int n = config.modulus();
        int e = config.embed();
        int h = config.width();
        List<Block> b = new ArrayList<>();
        int at = 0;
        int[][] shapes = new int[4 + 2 * config.depth() + 2][];
        shapes[0] = new int[] {n, e, n};
        shapes[1] = new int[] {n, e, n};
        shapes[2] = new int[] {e, h, e};
        shapes[3] = new int[] {e, h, e};
        for (int k = 0; k < config.depth(); k++) {
            shapes[4 + 2 * k] = new int[] {h, h, h};
            shapes[5 + 2 * k] = new int[] {1, h, h};
        }
        shapes[shapes.length - 2] = new int[] {h, n, h};
        shapes[shapes.length - 1] = new int[] {1, n, h};
        for (int[] s : shapes) {
            Block block = new Block(at, s[0], s[1], s[2]);
            b.add(block);
            at += block.size();
        }
        this.blocks = List.copyOf(b);
        this.parameterCount = at;
    }

    public Config config() {
        return config;
    }

    /**
     * The same networks in trainable form (DESIGN §8 task {@code modadd}): parameters stacked per tensor, inputs
     * the pairs (a, b) themselves.
     */
    public TrainableModAdd trainable() {
        return new TrainableModAdd(this);
    }

    /** Rows and columns of every tensor of the flat vector, in its order (E_L, E_R, W_L, W_R, (W_k, c_k)…, U, b_U). */
    List<int[]> shapes() {
        return blocks.stream().map(b -> new int[] {b.rows(), b.cols()}).toList();
    }

    @Override
    public int parameterCount() {
        return parameterCount;
    }

    @Override
    public int outputsPerPoint() {
        return config.modulus();
    }

    @Override
    public int pointCount() {
        return config.modulus() * config.modulus();
    }

    @Override
    public int sequenceLength() {
        return pointCount();
    }

    @Override
    public float[] parameters(long seed, long index) {
        NetworkRandom random = NetworkRandom.of(seed, index);
        float[] w = new float[parameterCount];
        for (Block b : blocks) {
            double bound = config.weightScale() / Math.sqrt(b.fanIn());
            for (int i = 0; i < b.size(); i++) {
                w[b.offset() + i] = random.symmetric(bound);
            }
        }
        return w;
    }

    @Override
    public NDArray outputs(NDArray flat) {
        long count = flat.getShape().get(0);
        int n = config.modulus();
        int h = config.width();
        int block = 0;
        NDArray left;
        NDArray right;
        try (NDArray embedLeft = view(flat, blocks.get(block++), count);
                NDArray embedRight = view(flat, blocks.get(block++), count);
                NDArray weightLeft = view(flat, blocks.get(block++), count);
                NDArray weightRight = view(flat, blocks.get(block++), count)) {
            left = embedLeft.matMul(weightLeft);
            right = embedRight.matMul(weightRight);
        }
        NDArray hidden;
        // row a·N + b of the pairs is E_L[a] W_L + E_R[b] W_R
        try (NDArray l = left.reshape(count, n, 1, h); NDArray r = right.reshape(count, 1, n, h);
                NDArray z = l.add(r); NDArray a = config.activation().apply(z)) {
            hidden = a.reshape(count, (long) n * n, h);
        } finally {
            left.close();
            right.close();
        }
        for (int k = 0; k < config.depth(); k++) {
            try (NDArray w = view(flat, blocks.get(block++), count);
                    NDArray c = view(flat, blocks.get(block++), count);
                    NDArray previous = hidden;
                    NDArray z = previous.matMul(w).addi(c)) {
                hidden = config.activation().apply(z);
            }
        }
        try (NDArray u = view(flat, blocks.get(block++), count);
                NDArray b = view(flat, blocks.get(block), count);
                NDArray last = hidden) {
            return last.matMul(u).addi(b);
        }
    }

    /** One block of every row of the flat vectors, as (count, rows, cols). */
    private static NDArray view(NDArray flat, Block b, long count) {
        try (NDArray slice = flat.get(new NDIndex(":, {}:{}", b.offset(), b.offset() + b.size()))) {
            return slice.reshape(count, b.rows(), b.cols());
        }
    }

    /** The arg-max class of every pair (a, b), a-major, per network: the networks' answer tables. */
    @Override
    public float[] evaluate(NDManager manager, NDArray points, long seed, long first, int count) {
        float[] w = new float[count * parameterCount];
        for (int k = 0; k < count; k++) {
            System.arraycopy(parameters(seed, first + k), 0, w, k * parameterCount, parameterCount);
        }
        try (NDArray flat = manager.create(w, new Shape(count, parameterCount));
                NDArray logits = outputs(flat);
                NDArray classes = logits.argMax(-1);
                NDArray asFloat = classes.toType(ai.djl.ndarray.types.DataType.FLOAT32, false)) {
            return asFloat.toFloatArray();
        }
    }

    @Override
    public long bytesPerNetwork(int points) {
        long pairs = (long) config.modulus() * config.modulus();
        return pairs * Math.max(config.width(), config.modulus()) * Float.BYTES * 4 + (long) parameterCount * Float.BYTES;
    }
}
