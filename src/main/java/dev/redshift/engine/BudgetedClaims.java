package dev.redshift.engine;

import dev.redshift.findings.OpenFindings;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.stats.LookScheduler;
import dev.redshift.stats.TimeBudget;
import dev.redshift.stats.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.UniqueId;

/**
 * The claims of a run under a time budget ({@value #TIME_BUDGET}): all of them are opened before the first is
 * reported, the {@link LookScheduler} shares the time between their looks, and each claim's test then reports the
 * outcome it reached. A claim that cannot be planned or sampled keeps its error for its own test.
 */
final class BudgetedClaims {

    /** The run's wall time, e.g. {@code 20m}: turns the scheduler on. */
    static final String TIME_BUDGET = "redshift.timeBudget";
    /**
     * When the run began, in milliseconds since the epoch (the {@code check} command's JVM start): the budget counts
     * from there, so start-up and discovery are inside it. Without it the budget starts with the scheduler.
     */
    static final String STARTED = "redshift.timeBudgetStartedAt";
    /** {@code true}: every look of the scheduler is told on standard error (claim, estimate, time taken, time left). */
    static final String TRACE = "redshift.schedulerTrace";

    private final Map<UniqueId, Object> outcomes = new HashMap<>();

    /** Opens, schedules and finishes every claim within {@code total}. */
    static BudgetedClaims run(ClaimRunner runner, List<ClaimDescriptor> claims, Duration total, Long startedAt,
            java.util.function.ToIntFunction<dev.redshift.spec.ClaimPlan> resumeFrom, LookScheduler.Trace trace) {
        long now = System.nanoTime();
        long since = startedAt == null ? 0 : Math.max(0, System.currentTimeMillis() - startedAt) * 1_000_000L;
        TimeBudget time = new TimeBudget(total, System::nanoTime, now - since);
        trace.line(String.format(java.util.Locale.ROOT, "scheduler starts %.1f s into the budget of %.0f s",
                since / 1e9, total.toMillis() / 1e3));
        BudgetedClaims result = new BudgetedClaims();
        Map<UniqueId, ClaimRunner.Session> sessions = new java.util.LinkedHashMap<>();
        try {
            for (ClaimDescriptor d : claims) {
                try {
                    dev.redshift.spec.ClaimPlan plan = d.plan();
                    ClaimRunner.Session session = runner.start(plan);
                    sessions.put(d.getUniqueId(), session);
                    session.releaseBetweenLooks(); // every claim stays open: none may hold its networks' memory
                    session.uncap(); // max: auto claims may go past their max while the time lasts
                    int from = resumeFrom.applyAsInt(plan);
                    if (from > 0) {
                        try {
                            session.lookTo(from); // the claim's first look, straight to the networks it had
                        } catch (RuntimeException e) {
                            // kept on the session: finish() rethrows it
                        }
                    }
                } catch (Exception e) {
                    result.outcomes.put(d.getUniqueId(), e);
                }
            }
            trace.line(String.format(java.util.Locale.ROOT, "%d claims opened, %.1f s of the budget left",
                    sessions.size(), time.secondsLeft()));
            Questions questions = new Questions(List.copyOf(sessions.values()));
            new LookScheduler(time, trace).run(new ArrayList<>(sessions.values()).stream()
                    .map(s -> guarded(s, questions)).toList());
            long finishing = System.nanoTime();
            for (Map.Entry<UniqueId, ClaimRunner.Session> s : sessions.entrySet()) {
                try {
                    result.outcomes.put(s.getKey(), s.getValue().finish());
                } catch (RuntimeException e) {
                    result.outcomes.put(s.getKey(), e);
                }
            }
            trace.line(String.format(java.util.Locale.ROOT, "claims concluded in %.1f s, %.1f s of the budget left",
                    (System.nanoTime() - finishing) / 1e9, time.secondsLeft()));
        } finally {
            sessions.values().forEach(ClaimRunner.Session::close);
        }
        return result;
    }

    /**
     * Which open claims could still decide a finding that none of the run's claims has decided ({@link OpenFindings}),
     * worked out again only after a look.
     */
    private static final class Questions {
        private final List<ClaimRunner.Session> sessions;
        private final OpenFindings findings;
        private Set<ClaimPlan> deciding;

        Questions(List<ClaimRunner.Session> sessions) {
            this.sessions = sessions;
            this.findings = new OpenFindings(sessions.stream().map(ClaimRunner.Session::plan).toList());
        }

        boolean open(ClaimRunner.Session s) {
            if (deciding == null) {
                Map<ClaimPlan, Verdict> so = new HashMap<>();
                sessions.forEach(x -> so.put(x.plan(), x.verdictSoFar()));
                deciding = findings.deciding(so::get);
            }
            return deciding.contains(s.plan());
        }

        void looked() {
            deciding = null;
        }
    }

    /** A session whose failing look ends that claim only; its error is rethrown when it finishes. */
    private static LookScheduler.Claim guarded(ClaimRunner.Session s, Questions questions) {
        return new LookScheduler.Claim() {
            @Override
            public boolean finished() {
                return s.finished();
            }

            @Override
            public int nextLookSize() {
                return s.nextLookSize();
            }

            @Override
            public int left() {
                return s.left();
            }

            @Override
            public int configurations() {
                return s.configurations();
            }

            @Override
            public java.util.OptionalInt projected() {
                return s.projected();
            }

            @Override
            public double secondsPerNetwork() {
                return s.secondsPerNetwork();
            }

            @Override
            public double nextLookSeconds(double rate) {
                return s.nextLookSeconds(rate);
            }

            @Override
            public double concludeSeconds(double rate) {
                return s.concludeSeconds(rate);
            }

            @Override
            public boolean answersOpenQuestion() {
                return questions.open(s);
            }

            @Override
            public String name() {
                return s.name();
            }

            @Override
            public void look() {
                try {
                    s.look();
                } catch (RuntimeException e) {
                    // kept on the session (finished, then finish() rethrows it)
                } finally {
                    questions.looked();
                }
            }
        };
    }

    /** The claim's outcome, or null when it was not scheduled; rethrows what stopped it. */
    ClaimOutcome outcome(UniqueId id) throws Exception {
        Object o = outcomes.get(id);
        if (o instanceof Exception e) {
            throw e;
        }
        return (ClaimOutcome) o;
    }

    /** The trace a run's parameters ask for ({@value #TRACE}), else none. */
    static LookScheduler.Trace trace(org.junit.platform.engine.ConfigurationParameters p) {
        boolean on = p.get(TRACE).map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
        return on ? line -> System.err.println("scheduler: " + line) : LookScheduler.Trace.NONE;
    }

    /** When the run began ({@value #STARTED}), or null when the budget starts with the scheduler. */
    static Long startedAt(org.junit.platform.engine.ConfigurationParameters p) {
        return p.get(STARTED).map(String::trim).filter(v -> v.matches("\\d+")).map(Long::valueOf).orElse(null);
    }

    /** The budget a run's parameters give, or null for none. */
    static Duration budget(org.junit.platform.engine.ConfigurationParameters p) {
        return p.get(TIME_BUDGET).map(String::trim).filter(v -> !v.isEmpty()).map(v -> {
            try {
                return TimeBudget.parse(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(TIME_BUDGET + ": " + e.getMessage());
            }
        }).orElse(null);
    }
}
