package dev.redshift.engine;

import java.util.List;

/**
 * Sees every claim the engine runs, on the thread that runs it (reports attach there). Called after the
 * evidence is published and before the test finishes.
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

    /** Observers registered with {@link java.util.ServiceLoader} (the Allure reporter among them). */
    static List<ClaimObserver> registered() {
        List<ClaimObserver> out = new java.util.ArrayList<>();
        java.util.ServiceLoader.load(ClaimObserver.class).forEach(out::add);
        return out;
    }
}
