package dev.redshift.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.stream.IntStream;

/**
 * Untrained GPT-2 models decoding greedily with a key/value cache (DESIGN §2). Token and position embeddings,
 * pre-LN blocks with causal self-attention and a 4×-wide MLP, a final LN and an LM head tied to the token
 * embedding. Initialisation as GPT-2's: N(0, 0.02) for linear and embedding weights, zero biases (left out),
 * residual output projections N(0, 0.02/sqrt(2·depth)), LN γ = 1 and β = 0, except γ = lnScale on ln_1 and
 * ln_2 of every block.
 *
 * <p>Every tensor carries a leading model axis M and a prompt axis P: with {@code fresh} weights a batch is M
 * models decoding one prompt each; {@code per-seed}, it is one model decoding P prompts. Sequence i starts from
 * prompt token i mod prompts (mod vocab).
 */
public final class Gpt2Networks implements SequenceNetworks {

    /** One GPT-2 configuration; see {@link Gpt2Family}. */
    public record Config(int vocab, int context, int width, int heads, int depth, Activation activation,
            double lnScale, int tokens, int prompts, boolean fresh) {

        /** Weights of one model (saturating: a size too large to count reads as Long.MAX_VALUE). */
        long parameters() {
            long c = width;
            long block = NetworkFootprint.times(12, c, c);
            return NetworkFootprint.plus(NetworkFootprint.times(vocab, c), NetworkFootprint.times(context, c),
                    NetworkFootprint.times(depth, block));
        }
    }

    private static final double INIT_STD = 0.02;
    private static final float LN_EPSILON = 1e-5f;
    /** Index of the stream the one model of a seed is drawn from, apart from per-network streams. */
    private static final long SEED_MODEL = -1;

    private final Config config;
    private Weights cached;
    private long cachedSeed;

    public Gpt2Networks(Config config) {
        this.config = config;
    }

    public Config config() {
        return config;
    }

    @Override
    public int sequenceLength() {
        return config.tokens() + 1;
    }

    @Override
    public long bytesPerNetwork(int points) {
        long c = config.width();
        long cache = 2L * config.depth() * sequenceLength() * c;
        long step = 8 * c + config.vocab();
        long perModel = config.fresh() ? config.parameters() : 0;
        return (cache + step + perModel) * Float.BYTES;
    }

    @Override
    public NetworkFootprint footprint(long points) {
        long c = config.width();
        // a model's weights with its head transposed (V·C), in Java as drawn and again on the device
        long model = NetworkFootprint.times(Float.BYTES,
                NetworkFootprint.plus(config.parameters(), NetworkFootprint.times(config.vocab(), c)));
        long decoding = NetworkFootprint.times(Float.BYTES, NetworkFootprint.plus(
                NetworkFootprint.times(2, config.depth(), sequenceLength(), c),
                NetworkFootprint.times(8, c), config.vocab()));
        long largest = Math.max(NetworkFootprint.times(config.vocab(), c),
                Math.max(NetworkFootprint.times(config.context(), c), NetworkFootprint.times(4, c, c)));
        String size = "gpt2 with vocab " + config.vocab() + ", context " + config.context() + ", width " + c
                + ", depth " + config.depth();
        // fresh: every sequence its own model, concatenated for the batch (a second Java copy)
        return config.fresh()
                ? new NetworkFootprint(0, 0, NetworkFootprint.times(2, model), NetworkFootprint.plus(model, decoding),
                        largest, size)
                : new NetworkFootprint(model, model, 0, decoding, largest, size);
    }

    /** The weights of one model, drawn in a fixed order from its own stream. */
    static final class Weights {
        final float[] wte;
        final float[] wpe;
        final float[][] attention;
        final float[][] attentionProjection;
        final float[][] expansion;
        final float[][] projection;

        Weights(Config c, NetworkRandom r) {
            int w = c.width();
            double residualStd = INIT_STD / Math.sqrt(2.0 * c.depth());
            wte = gaussian(r, c.vocab() * w, INIT_STD);
            wpe = gaussian(r, c.context() * w, INIT_STD);
            attention = new float[c.depth()][];
            attentionProjection = new float[c.depth()][];
            expansion = new float[c.depth()][];
            projection = new float[c.depth()][];
            for (int l = 0; l < c.depth(); l++) {
                attention[l] = gaussian(r, w * 3 * w, INIT_STD);
                attentionProjection[l] = gaussian(r, w * w, residualStd);
                expansion[l] = gaussian(r, w * 4 * w, INIT_STD);
                projection[l] = gaussian(r, 4 * w * w, residualStd);
            }
        }

        private static float[] gaussian(NetworkRandom r, int n, double std) {
            float[] v = new float[n];
            for (int k = 0; k < n; k++) {
                v[k] = (float) (std * r.gaussian());
            }
            return v;
        }
    }

    /** The model that decodes sequence {@code index} of a seed. */
    Weights model(long seed, long index) {
        if (config.fresh()) {
            return new Weights(config, NetworkRandom.of(seed, index));
        }
        synchronized (this) {
            if (cached == null || cachedSeed != seed) {
                cached = new Weights(config, NetworkRandom.of(seed, SEED_MODEL));
                cachedSeed = seed;
            }
            return cached;
        }
    }

    /** The prompt token of sequence {@code index}. */
    int prompt(long index) {
        return (int) ((index % config.prompts()) % config.vocab());
    }

    @Override
    public float[] evaluate(NDManager manager, NDArray points, long seed, long first, int count) {
        int models = config.fresh() ? count : 1;
        int prompts = config.fresh() ? 1 : count;
        Weights[] w = new Weights[models];
        IntStream.range(0, models).parallel().forEach(m -> w[m] = model(seed, first + m));
        long[] tokens = new long[count];
        for (int k = 0; k < count; k++) {
            tokens[k] = prompt(first + k);
        }
        long[][] sequence = new long[sequenceLength()][];
        sequence[0] = tokens;
        try (Device d = new Device(manager, w, models, prompts)) {
            for (int t = 0; t < config.tokens(); t++) {
                sequence[t + 1] = d.step(sequence[t], t);
            }
        }
        float[] out = new float[count * sequenceLength()];
        for (int k = 0; k < count; k++) {
            for (int t = 0; t < sequenceLength(); t++) {
                out[k * sequenceLength() + t] = sequence[t][k];
            }
        }
        return out;
    }

    /**
     * The weights of a batch on the device, and the key/value caches of its decoding. Activations are
     * (M, P, C), so every projection is one batched GEMM with no broadcasting; the caches are preallocated as
     * (M·P·H, T, d) and filled a position at a time.
     */
    private final class Device implements AutoCloseable {
        private final NDManager manager;
        private final int models;
        private final int prompts;
        private final NDArray wte;      // (M·V, C), for the embedding lookup
        private final NDArray head;     // (M, C, V), the tied LM head, contiguous
        private final NDArray wpe;      // (M, context, C)
        private final NDArray[] attention;
        private final NDArray[] attentionProjection;
        private final NDArray[] expansion;
        private final NDArray[] projection;
        private final NDArray[] keys;
        private final NDArray[] values;

        Device(NDManager manager, Weights[] w, int models, int prompts) {
            this.manager = manager;
            this.models = models;
            this.prompts = prompts;
            int c = config.width();
            int v = config.vocab();
            wte = manager.create(concat(w, x -> x.wte), new Shape(models * (long) v, c));
            head = manager.create(concat(w, x -> transpose(x.wte, v, c)), new Shape(models, c, v));
            wpe = manager.create(concat(w, x -> x.wpe), new Shape(models, config.context(), c));
            int depth = config.depth();
            attention = new NDArray[depth];
            attentionProjection = new NDArray[depth];
            expansion = new NDArray[depth];
            projection = new NDArray[depth];
            keys = new NDArray[depth];
            values = new NDArray[depth];
            long rows = (long) models * prompts * config.heads();
            Shape cache = new Shape(rows, sequenceLength(), c / config.heads());
            for (int l = 0; l < depth; l++) {
                int layer = l;
                attention[l] = manager.create(concat(w, x -> x.attention[layer]), new Shape(models, c, 3L * c));
                attentionProjection[l] = manager.create(concat(w, x -> x.attentionProjection[layer]),
                        new Shape(models, c, c));
                expansion[l] = manager.create(concat(w, x -> x.expansion[layer]), new Shape(models, c, 4L * c));
                projection[l] = manager.create(concat(w, x -> x.projection[layer]), new Shape(models, 4L * c, c));
                keys[l] = manager.zeros(cache);
                values[l] = manager.zeros(cache);
            }
        }

        /** Feeds the tokens at position t, returns the greedy next tokens. */
        long[] step(long[] tokens, int t) {
            int c = config.width();
            int h = config.heads();
            int d = c / h;
            long rows = (long) models * prompts * h;
            long[] index = new long[tokens.length];
            for (int k = 0; k < tokens.length; k++) {
                int model = config.fresh() ? k : 0;
                index[k] = (long) model * config.vocab() + tokens[k];
            }
            try (NDManager step = manager.newSubManager()) {
                NDArray x = wte.get(new NDIndex("{}", step.create(index))).reshape(models, prompts, c);
                x.attach(step);
                NDArray position = wpe.get(new NDIndex(":, {}, :", t)).reshape(models, 1, c);
                position.attach(step);
                x = x.add(position);
                NDIndex now = new NDIndex(":, {}:{}, :", t, t + 1);
                NDIndex past = new NDIndex(":, :{}, :", t + 1);
                for (int l = 0; l < config.depth(); l++) {
                    NDList qkv = normalise(x, (float) config.lnScale()).matMul(attention[l]).split(3, 2);
                    NDArray q = qkv.get(0).reshape(rows, 1, d);
                    keys[l].set(now, qkv.get(1).reshape(rows, 1, d));
                    values[l].set(now, qkv.get(2).reshape(rows, 1, d));
                    NDArray k = keys[l].get(past);
                    NDArray v = values[l].get(past);
                    k.attach(step);
                    v.attach(step);
                    NDArray weights = q.matMul(k.transpose(0, 2, 1)).div(Math.sqrt(d)).softmax(2);
                    NDArray o = weights.matMul(v).reshape(models, prompts, c);
                    x = x.add(o.matMul(attentionProjection[l]));
                    NDArray hidden = config.activation().apply(normalise(x, (float) config.lnScale()).matMul(expansion[l]));
                    x = x.add(hidden.matMul(projection[l]));
                }
                NDArray logits = normalise(x, 1f).matMul(head);
                return logits.argMax(2).toType(DataType.INT64, false).toLongArray();
            }
        }

        private NDArray normalise(NDArray x, float gamma) {
            NDArray mean = x.mean(new int[] {2}, true);
            NDArray centred = x.sub(mean);
            NDArray variance = centred.square().mean(new int[] {2}, true);
            NDArray y = centred.div(variance.add(LN_EPSILON).sqrt());
            return gamma == 1f ? y : y.mul(gamma);
        }

        @Override
        public void close() {
            for (NDArray[] arrays : new NDArray[][] {keys, values, attention, attentionProjection, expansion,
                projection}) {
                for (NDArray a : arrays) {
                    a.close();
                }
            }
            wte.close();
            head.close();
            wpe.close();
        }
    }

    private static float[] transpose(float[] matrix, int rows, int columns) {
        float[] t = new float[matrix.length];
        for (int r = 0; r < rows; r++) {
            for (int col = 0; col < columns; col++) {
                t[col * rows + r] = matrix[r * columns + col];
            }
        }
        return t;
    }

    private static float[] concat(Weights[] w, java.util.function.Function<Weights, float[]> part) {
        if (w.length == 1) {
            return part.apply(w[0]);
        }
        int n = part.apply(w[0]).length;
        float[] out = new float[w.length * n];
        for (int m = 0; m < w.length; m++) {
            System.arraycopy(part.apply(w[m]), 0, out, m * n, n);
        }
        return out;
    }
}
