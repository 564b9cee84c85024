package dev.redshift.eval;

import dev.redshift.measure.Observation;
import dev.redshift.measure.TokenSequence;

/**
 * The "domain" of sequence networks: no input points, one token sequence of fixed length per network, read as
 * token ids by the LZ measures.
 *
 * @param length tokens per sequence, prompt included
 */
public record TokenDomain(int length) implements EvaluationDomain {

    @Override
    public int inputs() {
        return 0;
    }

    @Override
    public int pointCount() {
        return length;
    }

    @Override
    public float[] points() {
        return new float[0];
    }

    @Override
    public Observation observe(float[] outputs, int offset) {
        int[] tokens = new int[length];
        for (int t = 0; t < length; t++) {
            tokens[t] = (int) outputs[offset + t];
        }
        return new TokenSequence(tokens);
    }
}
