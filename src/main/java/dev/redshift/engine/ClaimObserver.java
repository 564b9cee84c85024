package dev.redshift.engine;

/**
 * Sees every claim the engine runs, on the thread that runs it (reports attach there). Called after the
 * evidence is published and before the test finishes. Observers reach a run as {@link ClaimObservers} says.
 */
public interface ClaimObserver {

    /** Before the first claim. */
    default void runStarted(int claims) {
    }

    /** A claim ran to a verdict. */
    void claimFinished(ClaimDescriptor claim, ClaimOutcome outcome);

    /** A claim could not run (a mistake in it, or an error). */
    default void claimBroken(ClaimDescriptor claim, Throwable problem) {
    }

    /** After the last claim. */
    default void runFinished() {
    }
}
