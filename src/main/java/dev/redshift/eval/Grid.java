package dev.redshift.eval;

import dev.redshift.measure.GridValues;
import dev.redshift.measure.Observation;

/**
 * The regular grid of DESIGN §3: x_i = −1 + 2i/(m−1) on each of 1 or 2 axes. Point p = i·m + j is (x_i, x_j),
 * so the outputs are {@code Y[i][j]} row-major, first input ↔ first index.
 *
 * @param size m, points per axis
 * @param dims 1 or 2
 */
public record Grid(int size, int dims) implements EvaluationDomain {

    public Grid {
        if (dims != 1 && dims != 2) {
            throw new IllegalArgumentException("a grid has 1 or 2 axes, got " + dims);
        }
        if (size < GridValues.MIN_SIZE) {
            throw new IllegalArgumentException(
                    "grid must have at least " + GridValues.MIN_SIZE + " points per axis, got " + size);
        }
        long points = dims == 1 ? size : (long) size * size;
        if (points * dims > MemoryLimit.MAX_ARRAY) {
            throw new IllegalArgumentException("grid " + size + " has " + points + " points in " + dims
                    + " dimensions; their coordinates must fit one Java array of at most " + MemoryLimit.MAX_ARRAY
                    + " values");
        }
    }

    /** x_i. */
    public static double coordinate(int i, int size) {
        return -1 + 2.0 * i / (size - 1);
    }

    @Override
    public int inputs() {
        return dims;
    }

    @Override
    public int pointCount() {
        return dims == 1 ? size : size * size;
    }

    @Override
    public float[] points() {
        float[] p = new float[pointCount() * dims];
        if (dims == 1) {
            for (int i = 0; i < size; i++) {
                p[i] = (float) coordinate(i, size);
            }
            return p;
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                int at = 2 * (i * size + j);
                p[at] = (float) coordinate(i, size);
                p[at + 1] = (float) coordinate(j, size);
            }
        }
        return p;
    }

    @Override
    public Observation observe(float[] outputs, int offset) {
        double[] y = new double[pointCount()];
        for (int k = 0; k < y.length; k++) {
            y[k] = outputs[offset + k];
        }
        return new GridValues(size, dims, y);
    }
}
