package dev.redshift.measure;

/**
 * Values of a function on the regular grid of DESIGN §3: {@code size} points per axis over {@code dims} axes
 * (1 or 2). Stored row-major, so {@code Y[i][j]} is {@code values[i * size + j]}; the first index belongs to
 * the first input.
 *
 * @param size points per axis (at least 4)
 * @param dims number of axes, 1 or 2
 * @param values {@code size^dims} values, row-major
 */
public record GridValues(int size, int dims, double[] values) implements Observation {

    /** The smallest grid on which every measure is meaningful. */
    public static final int MIN_SIZE = 4;

    public GridValues {
        if (dims != 1 && dims != 2) {
            throw new IllegalArgumentException("a grid has 1 or 2 axes, got " + dims);
        }
        if (size < MIN_SIZE) {
            throw new IllegalArgumentException("a grid needs at least " + MIN_SIZE + " points per axis, got " + size);
        }
        long expected = dims == 1 ? size : (long) size * size;
        if (values.length != expected) {
            throw new IllegalArgumentException(
                    "a " + size + "-point " + dims + "-D grid holds " + expected + " values, got " + values.length);
        }
    }

    /** A 2-D grid from its rows, {@code rows[i][j] = Y[i][j]}. */
    public static GridValues ofRows(double[][] rows) {
        int m = rows.length;
        double[] v = new double[m * m];
        for (int i = 0; i < m; i++) {
            if (rows[i].length != m) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, expected " + m);
            }
            System.arraycopy(rows[i], 0, v, i * m, m);
        }
        return new GridValues(m, 2, v);
    }

    /** A 1-D grid. */
    public static GridValues ofLine(double[] values) {
        return new GridValues(values.length, 1, values.clone());
    }

    /** {@code Y[i][j]} of a 2-D grid. */
    public double at(int i, int j) {
        return values[i * size + j];
    }

    @Override
    public int length() {
        return values.length;
    }

    /**
     * The values in the order LZ reads them: the first index fastest, {@code s[i + m·j] = Y[i][j]}.
     */
    public double[] firstIndexFastest() {
        if (dims == 1) {
            return values;
        }
        double[] s = new double[values.length];
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < size; i++) {
                s[i + size * j] = values[i * size + j];
            }
        }
        return s;
    }
}
