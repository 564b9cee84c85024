package dev.redshift.engine;

/** Fails a test whose claim was neither shown nor refuted, when INCONCLUSIVE is set to fail. */
public final class InconclusiveClaimError extends AssertionError {
    public InconclusiveClaimError(String message) {
        super(message);
    }
}
