package dev.redshift.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.ParameterVectorNetworks;
import dev.redshift.network.StackedParameter;
import dev.redshift.network.TorchRuntime;
import dev.redshift.network.TrainableNetworks;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Training runs seen as points of R^D: run k's w is its parameters after training (DESIGN §8's run k, trained on
 * the setup), flattened in the networks' own order, so that the {@code local-volume} measure of DESIGN §9 reads
 * the volume around the trained network with the same estimator and producer as around a random one.
 *
 * <p>Runs train in fixed blocks of {@link #BLOCK} (run k with runs ⌊k/B⌋·B … ⌊k/B⌋·B + B − 1), whatever the
 * volume producer asks for, so run k's trained parameters do not depend on how its networks are grouped; each
 * block trains once and its vectors are kept.
 */
public final class TrainedParameterVectors implements ParameterVectorNetworks {

    /** Runs trained together. */
    static final int BLOCK = 4;

    private final ParameterVectorNetworks vectors;
    private final TrainableNetworks networks;
    private final Trainer trainer;
    private final ComputeDevice device;
    private final Map<Long, float[]> trained = new ConcurrentHashMap<>();
    private final Map<Long, Object> blocks = new ConcurrentHashMap<>();
    private final java.util.SortedSet<Long> diverged = java.util.Collections.synchronizedSortedSet(
            new java.util.TreeSet<>());

    /**
     * @param vectors the same networks as parameter vectors (their outputs at a vector; D)
     * @param networks the same networks in trainable form, whose parameters flatten to the vectors' order
     * @param setup the task and training
     * @param device where to train
     */
    public TrainedParameterVectors(ParameterVectorNetworks vectors, TrainableNetworks networks, TrainingSetup setup,
            ComputeDevice device) {
        this.vectors = vectors;
        this.networks = networks;
        this.trainer = new Trainer(networks, setup.data(), setup);
        this.device = device;
    }

    @Override
    public int parameterCount() {
        return vectors.parameterCount();
    }

    @Override
    public int outputsPerPoint() {
        return vectors.outputsPerPoint();
    }

    @Override
    public int pointCount() {
        return vectors.pointCount();
    }

    /**
     * Run {@code index}'s parameters after training, trained with its block on first use. A diverged run's are not
     * finite: it gets its initial parameters instead, so that the volume producer computes something harmless,
     * which {@link TrainedVolumeSampler} then discards.
     */
    @Override
    public float[] parameters(long seed, long index) {
        long block = Math.floorDiv(index, BLOCK);
        synchronized (blocks.computeIfAbsent(block, b -> new Object())) {
            float[] w = trained.get(index);
            if (w == null) {
                train(seed, block * BLOCK);
                w = trained.get(index);
            }
            return diverged.contains(index) ? vectors.parameters(seed, index) : w.clone();
        }
    }

    private void train(long seed, long first) {
        int d = parameterCount();
        try (NDManager manager = TorchRuntime.newManager(device)) {
            List<StackedParameter> parameters = trainer.train(manager, seed, first, BLOCK, null, 0).trained();
            float[][] flat = new float[BLOCK][d];
            int at = 0;
            for (StackedParameter p : parameters) {
                int size = (int) p.sizePerNetwork();
                float[] values;
                try (NDArray array = p.array()) {
                    values = array.toFloatArray();
                }
                for (int k = 0; k < BLOCK; k++) {
                    System.arraycopy(values, k * size, flat[k], at, size);
                }
                at += size;
            }
            if (at != d) {
                throw new IllegalStateException("the trained parameters of " + networks.getClass().getSimpleName()
                        + " hold " + at + " values, its parameter vectors " + d);
            }
            for (int k = 0; k < BLOCK; k++) {
                trained.put(first + k, flat[k]);
                for (float v : flat[k]) {
                    if (!Float.isFinite(v)) {
                        diverged.add(first + k);
                        break;
                    }
                }
            }
        }
    }

    /** Whether run {@code index}, once trained, has a non-finite parameter (its training diverged). */
    public boolean diverged(long index) {
        return diverged.contains(index);
    }

    /** Every trained run whose parameters are not finite, in order. */
    public List<Long> diverged() {
        synchronized (diverged) {
            return List.copyOf(diverged);
        }
    }

    @Override
    public NDArray outputs(NDArray flat) {
        return vectors.outputs(flat);
    }
}
