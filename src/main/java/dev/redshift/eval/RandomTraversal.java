package dev.redshift.eval;

import dev.redshift.measure.Observation;
import dev.redshift.measure.ValueSequence;
import java.util.SplittableRandom;

/**
 * The paper's random traversal of a high-dimensional input space: m random corners of [−1, 1]^d visited in a
 * closed loop, m evenly spaced points from each corner towards the next (m² points). A network's observation
 * is the sequence of successive differences of its outputs along the path. The corners are drawn once per
 * sample from its seed, so every network of a sample walks the same path.
 *
 * @param size m, the number of corners and of points per segment
 * @param inputs d
 * @param corners the m corners, row-major (m × d), entries ±1
 */
public record RandomTraversal(int size, int inputs, float[] corners) implements EvaluationDomain {

    /** Corners drawn from {@code seed}. */
    public static RandomTraversal of(int size, int inputs, long seed) {
        if (size < 2) {
            throw new IllegalArgumentException("a traversal needs at least 2 corners, got " + size);
        }
        if (dev.redshift.network.NetworkFootprint.times(size, size, inputs) > MemoryLimit.MAX_ARRAY) {
            throw new IllegalArgumentException("the random traversal of grid " + size + " in " + inputs
                    + " dimensions has " + size + "² points of " + inputs + " coordinates; they must fit one Java"
                    + " array of at most " + MemoryLimit.MAX_ARRAY + " values");
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        float[] corners = new float[size * inputs];
        for (int k = 0; k < corners.length; k++) {
            corners[k] = random.nextBoolean() ? 1f : -1f;
        }
        return new RandomTraversal(size, inputs, corners);
    }

    @Override
    public int pointCount() {
        return size * size;
    }

    @Override
    public float[] points() {
        float[] p = new float[pointCount() * inputs];
        for (int c = 0; c < size; c++) {
            int next = (c + 1) % size;
            for (int t = 0; t < size; t++) {
                double fraction = (double) t / size;
                int at = (c * size + t) * inputs;
                for (int d = 0; d < inputs; d++) {
                    double from = corners[c * inputs + d];
                    double to = corners[next * inputs + d];
                    p[at + d] = (float) (from + (to - from) * fraction);
                }
            }
        }
        return p;
    }

    @Override
    public Observation observe(float[] outputs, int offset) {
        double[] differences = new double[pointCount() - 1];
        for (int k = 0; k < differences.length; k++) {
            differences[k] = (double) outputs[offset + k + 1] - outputs[offset + k];
        }
        return new ValueSequence(differences);
    }
}
