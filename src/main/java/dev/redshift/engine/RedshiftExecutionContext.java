package dev.redshift.engine;

import java.util.List;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What every node of a run sees: the platform's listener, the observers of finished claims and, once the engine
 * node has opened it, the run's shared resources.
 *
 * @param listener where evidence is published
 * @param observers the observers of this run (reports)
 * @param run the run's cache, executor and progress; null until the engine node's {@code before}
 */
record RedshiftExecutionContext(EngineExecutionListener listener, List<ClaimObserver> observers, ClaimRun run)
        implements EngineExecutionContext {

    RedshiftExecutionContext withRun(ClaimRun opened) {
        return new RedshiftExecutionContext(listener, observers, opened);
    }
}
