package dev.redshift.engine;

import dev.redshift.cache.SampleStore;

/**
 * What the claims of one run share: the sample cache, the executor that computes networks, the runner on both
 * and the console's progress. Opened by the engine node before the first claim and closed after the last.
 */
final class ClaimRun implements AutoCloseable {

    private final EngineSettings settings;
    private final SampleStore cache;
    private final SampleExecutor executor;
    private final ClaimRunner runner;
    private final ConsoleProgress progress;
    private final RunInterruption interruption;

    private ClaimRun(EngineSettings settings, SampleStore cache, SampleExecutor executor, int claims,
            RunInterruption interruption) {
        this.settings = settings;
        this.cache = cache;
        this.executor = executor;
        this.runner = new ClaimRunner(settings.samplerOptions(), cache, executor, interruption);
        this.progress = new ConsoleProgress(System.err, settings.console(), claims);
        this.interruption = interruption;
    }

    /** Opens the cache (or runs without it) and starts the executor the settings name. */
    static ClaimRun open(EngineSettings settings, int claims, RunInterruption interruption) {
        SampleStore cache = openCache(settings);
        try {
            return new ClaimRun(settings, cache, SampleExecutors.start(settings), claims, interruption);
        } catch (RuntimeException e) {
            if (cache != null) {
                cache.close();
            }
            throw e;
        }
    }

    EngineSettings settings() {
        return settings;
    }

    /** Whether, and when, the run was asked to stop early. */
    RunInterruption interruption() {
        return interruption;
    }

    ClaimRunner runner() {
        return runner;
    }

    ConsoleProgress progress() {
        return progress;
    }

    @Override
    public void close() {
        try {
            executor.close();
        } finally {
            if (cache != null) {
                cache.close();
            }
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
}
