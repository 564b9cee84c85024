package dev.redshift.train;

import dev.redshift.network.StackedParameter;
import java.util.List;

/** DESIGN §8's {@code weight-magnitude}: the mean |w| over a network's weight matrices, biases excluded. */
public final class WeightMagnitude {

    private WeightMagnitude() {
    }

    /** Mean |w| over every weight matrix of each of the first {@code count} runs, biases excluded. */
    public static double[] of(List<StackedParameter> parameters, int count) {
        double[] sum = new double[count];
        long entries = 0;
        for (StackedParameter p : parameters) {
            if (!p.weightMatrix()) {
                continue;
            }
            float[] values = p.array().toFloatArray();
            int size = (int) p.sizePerNetwork();
            entries += size;
            for (int k = 0; k < count; k++) {
                for (int i = 0; i < size; i++) {
                    sum[k] += Math.abs(values[k * size + i]);
                }
            }
        }
        for (int k = 0; k < count; k++) {
            sum[k] /= entries;
        }
        return sum;
    }
}
