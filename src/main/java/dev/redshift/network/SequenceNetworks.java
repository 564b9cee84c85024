package dev.redshift.network;

/**
 * Networks whose output is a sequence of tokens rather than a function on a grid (e.g. a decoding
 * transformer). {@link #evaluate} ignores its points and returns, per network, {@link #sequenceLength()} token
 * ids as floats (exact below 2²⁴).
 */
public interface SequenceNetworks extends RandomNetworks {

    /** Tokens per sequence, prompt included. */
    int sequenceLength();

    @Override
    default int inputs() {
        return 0;
    }
}
