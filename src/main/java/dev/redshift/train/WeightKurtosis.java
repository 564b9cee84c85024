package dev.redshift.train;

import dev.redshift.network.StackedParameter;
import java.util.List;

/**
 * Run measure {@code weight-kurtosis}, for App. E.2's "the distribution shifts from uniform to long-tailed": the
 * kurtosis m₄/m₂² of each weight matrix's entries (about their mean), averaged over the network's weight
 * matrices, biases excluded. A uniform draw has 1.8, a Gaussian 3; a heavier tail raises it. Each matrix is
 * taken on its own because the layers' initial ranges differ (Glorot's fan-in and fan-out): pooled, the mixture
 * of ranges alone would read as a tail.
 */
public final class WeightKurtosis {

    /** The measure's name in specs. */
    public static final String NAME = "weight-kurtosis";

    private WeightKurtosis() {
    }

    /** The mean over weight matrices of each matrix's kurtosis, for each of the first {@code count} runs. */
    public static double[] of(List<StackedParameter> parameters, int count) {
        double[] sum = new double[count];
        int matrices = 0;
        for (StackedParameter p : parameters) {
            if (!p.weightMatrix()) {
                continue;
            }
            float[] values = p.array().toFloatArray();
            int size = (int) p.sizePerNetwork();
            matrices++;
            for (int k = 0; k < count; k++) {
                sum[k] += kurtosis(values, k * size, size);
            }
        }
        for (int k = 0; k < count; k++) {
            sum[k] /= matrices;
        }
        return sum;
    }

    /** m₄/m₂² of values[offset .. offset+length−1]; NaN when they are all equal. */
    static double kurtosis(float[] values, int offset, int length) {
        double mean = 0;
        for (int i = 0; i < length; i++) {
            mean += values[offset + i];
        }
        mean /= length;
        double m2 = 0;
        double m4 = 0;
        for (int i = 0; i < length; i++) {
            double d = values[offset + i] - mean;
            double d2 = d * d;
            m2 += d2;
            m4 += d2 * d2;
        }
        m2 /= length;
        m4 /= length;
        return m2 > 0 ? m4 / (m2 * m2) : Double.NaN;
    }
}
