package dev.redshift.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.engine.support.store.NamespacedHierarchicalStore;

/**
 * A request to stop a run early (the command line's Ctrl-C): claims not yet started are skipped and claims in
 * progress stop before their next draw of networks, both reported as {@value #NOT_RUN}; what was sampled stays in
 * the sample cache. Reaches the engine as the session's observers do, through the launcher session's store.
 */
public final class RunInterruption {

    /** How a claim the interruption kept from its verdict is reported. */
    public static final String NOT_RUN = "not run (interrupted)";

    private static final Namespace NAMESPACE = Namespace.create(RunInterruption.class.getName());
    private static final String KEY = "interruption";
    private static final RunInterruption NEVER = new RunInterruption();

    private final AtomicBoolean requested = new AtomicBoolean();

    /** Asks the run to stop; returns whether this was the first request. */
    public boolean request() {
        return requested.compareAndSet(false, true);
    }

    /** Whether the run was asked to stop. */
    public boolean requested() {
        return requested.get();
    }

    /** Throws {@link Stopped} once the run was asked to stop; claims call it before each draw. */
    void check() {
        if (requested()) {
            throw new Stopped();
        }
    }

    /** Makes {@code interruption} the one every run of a launcher session ({@code LauncherSession.getStore()}) obeys. */
    public static void attachTo(NamespacedHierarchicalStore<Namespace> store, RunInterruption interruption) {
        store.put(NAMESPACE, KEY, interruption);
    }

    /** The interruption attached to the request's session, or one that never comes. */
    static RunInterruption of(ExecutionRequest request) {
        try {
            return request.getStore().get(NAMESPACE, KEY) instanceof RunInterruption r ? r : NEVER;
        } catch (RuntimeException e) {
            // a launcher older than the engine's platform has no store
            return NEVER;
        }
    }

    /** A claim stopped before its verdict because the run was interrupted. */
    public static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(NOT_RUN, null, false, false);
        }
    }
}
