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
    private BudgetedClaims budgeted;
    private RunRecord record;
    private boolean resume;
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

    /** Runs every claim under the scheduler within {@code total}, before their tests report them. */
    void schedule(java.util.List<ClaimDescriptor> claims, java.time.Duration total, Long startedAt,
            dev.redshift.stats.LookScheduler.Trace trace) {
        budgeted = BudgetedClaims.run(runner, claims, total, startedAt, this::resumeFrom, trace);
    }

    /** Keeps a run record beside the cache (none without a cache); {@code resume}: claims start from it. */
    void record(boolean resumeFromIt) {
        if (settings.cache() != null && cache != null) {
            record = RunRecord.in(settings.cache());
            resume = resumeFromIt;
        } else if (resumeFromIt) {
            System.err.println("[redshift] " + RunRecord.RESUME + " needs the sample cache; claims start afresh");
        }
    }

    /** Networks per configuration a resumed claim starts from (0: from its minimum). */
    int resumeFrom(dev.redshift.spec.ClaimPlan plan) {
        return resume && record != null ? record.networks(plan) : 0;
    }

    /** Keeps a finished claim in the run record. */
    void recorded(ClaimOutcome outcome) {
        if (record != null) {
            try {
                record.put(outcome);
            } catch (RuntimeException e) {
                System.err.println("[redshift] run record not written: " + e.getMessage());
            }
        }
    }

    /** A scheduled claim's outcome (rethrowing what stopped it), or null when the run has no time budget. */
    ClaimOutcome scheduled(org.junit.platform.engine.UniqueId id) throws Exception {
        return budgeted == null ? null : budgeted.outcome(id);
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
