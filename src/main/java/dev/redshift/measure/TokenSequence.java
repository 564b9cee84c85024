package dev.redshift.measure;

/**
 * A sequence of token ids, e.g. a sequence decoded by an untrained transformer, prompt included.
 *
 * @param tokens the token ids, each non-negative
 */
public record TokenSequence(int[] tokens) implements Observation {
    @Override
    public int length() {
        return tokens.length;
    }
}
