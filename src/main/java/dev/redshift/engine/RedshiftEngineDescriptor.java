package dev.redshift.engine;

import java.util.List;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The root of a discovery: holds the settings read once from the request's configuration parameters (so that
 * discovery and execution agree on them), and opens the run's shared resources around every claim.
 */
public final class RedshiftEngineDescriptor extends EngineDescriptor implements Node<RedshiftExecutionContext> {

    private final EngineSettings settings;

    RedshiftEngineDescriptor(UniqueId id, EngineSettings settings) {
        super(id, "Redshift");
        this.settings = settings;
    }

    /** The settings of this run. */
    public EngineSettings settings() {
        return settings;
    }

    @Override
    public RedshiftExecutionContext before(RedshiftExecutionContext context) {
        int claims = (int) getDescendants().stream().filter(ClaimDescriptor.class::isInstance).count();
        List<ClaimObserver> observers = ClaimObservers.of(context.request(), settings);
        ClaimRun run = ClaimRun.open(settings, claims, RunInterruption.of(context.request()));
        observers.forEach(o -> o.runStarted(claims));
        run.record(context.request().getConfigurationParameters().get(RunRecord.RESUME)
                .map(v -> v.trim().equalsIgnoreCase("true")).orElse(false));
        java.time.Duration budget = BudgetedClaims.budget(context.request().getConfigurationParameters());
        if (budget != null) {
            run.schedule(getDescendants().stream().filter(ClaimDescriptor.class::isInstance)
                    .map(ClaimDescriptor.class::cast).toList(), budget,
                    BudgetedClaims.startedAt(context.request().getConfigurationParameters()),
                    BudgetedClaims.trace(context.request().getConfigurationParameters()));
        }
        return context.opened(observers, run);
    }

    @Override
    public void after(RedshiftExecutionContext context) {
        try {
            context.observers().forEach(ClaimObserver::runFinished);
        } finally {
            if (context.run() != null) {
                context.run().close();
            }
        }
    }
}
