package dev.redshift.measure;

/**
 * What a measure is applied to: function values on a grid, a sequence of real values (the random traversal
 * of a high-dimensional input space) or a sequence of tokens (decoded text).
 */
public sealed interface Observation permits GridValues, ValueSequence, TokenSequence {

    /** Number of values or symbols observed. */
    int length();
}
