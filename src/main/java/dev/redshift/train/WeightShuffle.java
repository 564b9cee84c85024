package dev.redshift.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.redshift.network.NetworkRandom;
import dev.redshift.network.StackedParameter;
import java.util.ArrayList;
import java.util.List;

/**
 * App. E's control: every weight matrix and every bias vector of a trained network permuted uniformly within
 * itself, the permutations drawn from the run's seed. The values of each tensor stay; their arrangement goes.
 */
public final class WeightShuffle {

    private WeightShuffle() {
    }

    /** Shuffled copies of the parameters of runs first..first+count−1, on {@code manager}. */
    public static List<StackedParameter> of(NDManager manager, List<StackedParameter> parameters, long seed, long first) {
        return of(manager, parameters, run -> RunStreams.shuffle(seed, run), first);
    }

    /** Shuffled copies, run k's permutations drawn from {@code streams.apply(first + k)}. */
    static List<StackedParameter> of(NDManager manager, List<StackedParameter> parameters,
            java.util.function.LongFunction<NetworkRandom> streams, long first) {
        int count = (int) parameters.get(0).array().getShape().get(0);
        List<float[]> values = new ArrayList<>();
        for (StackedParameter p : parameters) {
            values.add(p.array().toFloatArray());
        }
        for (int k = 0; k < count; k++) {
            NetworkRandom random = streams.apply(first + k);
            for (int t = 0; t < parameters.size(); t++) {
                int size = (int) parameters.get(t).sizePerNetwork();
                permute(values.get(t), k * size, size, random);
            }
        }
        List<StackedParameter> out = new ArrayList<>();
        for (int t = 0; t < parameters.size(); t++) {
            StackedParameter p = parameters.get(t);
            NDArray shuffled = manager.create(values.get(t), p.array().getShape());
            out.add(new StackedParameter(p.name(), shuffled, p.weightMatrix()));
        }
        return out;
    }

    /** A uniform permutation (Fisher–Yates) of values[offset .. offset+length−1]. */
    private static void permute(float[] values, int offset, int length, NetworkRandom random) {
        for (int i = length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            float t = values[offset + i];
            values[offset + i] = values[offset + j];
            values[offset + j] = t;
        }
    }
}
