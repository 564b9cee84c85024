package dev.redshift.engine;

import dev.redshift.cache.SampleStore;
import dev.redshift.spec.ClaimPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The {@code redshift} test engine: spec file or {@code @Claims} class → container, claim → test. PASS is a
 * successful test, FAIL a failed one with the evidence sentence as its message, INCONCLUSIVE failed or aborted
 * as {@code redshift.inconclusive} says. Evidence is published as report entries.
 */
public final class RedshiftTestEngine implements TestEngine {

    /** The engine's id. */
    public static final String ID = "redshift";

    /** Observers of finished claims (reports); registered by whoever runs the engine in this JVM. */
    private static final List<ClaimObserver> OBSERVERS = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.redshift");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("redshift");
    }

    /** Adds an observer of every claim this JVM runs; returns a handle that removes it. */
    public static AutoCloseable observe(ClaimObserver observer) {
        OBSERVERS.add(observer);
        return () -> OBSERVERS.remove(observer);
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor root = new EngineDescriptor(uniqueId, "Redshift");
        EngineSettings settings = EngineSettings.from(request.getConfigurationParameters());
        new SpecDiscovery(root, settings.defaults()).resolve(request);
        return root;
    }

    @Override
    public void execute(ExecutionRequest request) {
        TestDescriptor root = request.getRootTestDescriptor();
        EngineExecutionListener listener = request.getEngineExecutionListener();
        EngineSettings settings = EngineSettings.from(request.getConfigurationParameters());
        listener.executionStarted(root);
        List<ClaimObserver> observers = new ArrayList<>(OBSERVERS);
        observers.addAll(ClaimObserver.registered());
        int total = (int) root.getDescendants().stream().filter(d -> d instanceof ClaimDescriptor).count();
        ConsoleProgress progress = new ConsoleProgress(System.err, settings.console(), total);
        observers.forEach(o -> o.runStarted(total));
        SampleStore cache = openCache(settings);
        SampleExecutor executor;
        try {
            executor = SampleExecutors.start(settings);
        } catch (RuntimeException e) {
            if (cache != null) {
                cache.close();
            }
            throw e;
        }
        ClaimRunner runner = new ClaimRunner(settings.samplerOptions(), cache, executor);
        ExecutorService pool = settings.parallelism() > 1 ? Executors.newFixedThreadPool(settings.parallelism()) : null;
        try {
            for (TestDescriptor container : root.getChildren()) {
                listener.executionStarted(container);
                List<Future<?>> running = new ArrayList<>();
                for (TestDescriptor child : container.getChildren()) {
                    ClaimDescriptor claim = (ClaimDescriptor) child;
                    Runnable task = () -> runClaim(claim, listener, settings, runner, observers, progress);
                    if (pool == null) {
                        task.run();
                    } else {
                        running.add(pool.submit(task));
                    }
                }
                for (Future<?> f : running) {
                    await(f);
                }
                listener.executionFinished(container, TestExecutionResult.successful());
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            observers.forEach(ClaimObserver::runFinished);
            executor.close();
            if (cache != null) {
                cache.close();
            }
        }
        listener.executionFinished(root, TestExecutionResult.successful());
    }

    private static void runClaim(ClaimDescriptor claim, EngineExecutionListener listener, EngineSettings settings,
            ClaimRunner runner, List<ClaimObserver> observers, ConsoleProgress progress) {
        listener.executionStarted(claim);
        long networks = 0;
        try {
            ClaimPlan plan = claim.supplier().plan();
            ClaimOutcome outcome = runner.run(plan, look -> { });
            networks = outcome.networks();
            listener.reportingEntryPublished(claim, ReportEntry.from(EvidenceEntries.of(outcome)));
            progress.verdict(outcome.evidence().verdict().name(), claim.getDisplayName(),
                    outcome.evidence().sentence());
            for (ClaimObserver o : observers) {
                o.claimFinished(claim, outcome);
            }
            listener.executionFinished(claim,
                    ClaimResults.of(outcome.evidence(), plan.seed(), settings.inconclusive()));
        } catch (Throwable t) {
            progress.verdict("BROKEN", claim.getDisplayName(), String.valueOf(t.getMessage()));
            observers.forEach(o -> o.claimBroken(claim, t));
            listener.executionFinished(claim, TestExecutionResult.failed(t));
        } finally {
            progress.claimFinished(networks);
        }
    }

    /** The sample cache, or none (with a warning) when it is off or cannot be opened: a run never fails for it. */
    private static SampleStore openCache(EngineSettings settings) {
        if (settings.cache() == null) {
            return null;
        }
        try {
            return SampleStore.open(settings.cache());
        } catch (RuntimeException e) {
            System.err.println("[redshift] sample cache off for this run: " + e.getMessage());
            return null;
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
