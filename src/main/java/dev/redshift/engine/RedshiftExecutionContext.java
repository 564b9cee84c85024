package dev.redshift.engine;

import java.util.List;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What every node of a run sees: the request, and once the engine node has opened them, the observers of
 * finished claims and the run's shared resources.
 *
 * @param request the platform's request (its listener takes the evidence, its store the session's observers)
 * @param observers the observers of this run (reports); empty until the engine node's {@code before}
 * @param run the run's cache, executor and progress; null until the engine node's {@code before}
 */
record RedshiftExecutionContext(ExecutionRequest request, List<ClaimObserver> observers, ClaimRun run)
        implements EngineExecutionContext {

    RedshiftExecutionContext opened(List<ClaimObserver> runObservers, ClaimRun opened) {
        return new RedshiftExecutionContext(request, List.copyOf(runObservers), opened);
    }
}
