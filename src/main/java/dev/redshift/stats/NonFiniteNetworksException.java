package dev.redshift.stats;

/**
 * A claim left undecided because too many of its networks gave outputs that are not finite; the message says
 * how many, of which configuration, and the share a claim may leave out.
 */
public final class NonFiniteNetworksException extends IllegalStateException {

    public NonFiniteNetworksException(String message) {
        super(message);
    }
}
