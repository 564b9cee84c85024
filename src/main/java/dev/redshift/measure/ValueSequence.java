package dev.redshift.measure;

/**
 * A sequence of real values, read left to right: e.g. the successive differences of a network's output along
 * the random traversal of a high-dimensional input space.
 *
 * @param values the sequence
 */
public record ValueSequence(double[] values) implements Observation {
    @Override
    public int length() {
        return values.length;
    }
}
