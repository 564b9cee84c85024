package dev.redshift.stats;

import java.util.List;
import java.util.OptionalInt;

/**
 * Shares a run's time between claims. Every claim first gets its first look (its {@code samples.min}), whatever the
 * time; then, while time is left, the next look goes to the claim that is cheapest to decide: projected networks
 * to a decision (if the estimates held) × configurations × seconds per network, first among the claims that would
 * answer an open question ({@link Claim#answersOpenQuestion()}) within the time left. A projection past the claim's cap
 * still ranks it by that cost: the estimates of a first look are noisy, and a claim of cheap networks that would
 * need twice its cap often decides within it, where a cliff at the cap would hand the time to costly claims
 * without a cap ({@code max: auto}) instead. Claims that no projection decides come last, cheapest look first. It
 * stops when every claim is decided or at its cap, or when no next look fits in the time left.
 *
 * <p>Why the verdicts stay valid: each claim's bounds come from a confidence sequence, which holds at every look
 * simultaneously; which claim looks next, and when a claim stops, may depend on any data without raising any
 * claim's error above α (the scheduler is one more stopping rule). {@code SchedulerCalibrationTest} shows it.
 */
public final class LookScheduler {

    /** A claim the scheduler can advance a look at a time. */
    public interface Claim {
        /** Whether it is decided or at its cap. */
        boolean finished();

        /** Networks per configuration its next look adds. */
        int nextLookSize();

        /** Networks per configuration it may still draw before its cap. */
        int left();

        /** Configurations drawn per network index (a network of each is one step of the plan). */
        int configurations();

        /** More networks per configuration that would decide it if the estimates held, empty when none would. */
        OptionalInt projected();

        /**
         * Observed seconds per network computed, of one configuration, on the claim's last look that computed any;
         * NaN before any did (every network so far came from a cache).
         */
        double secondsPerNetwork();

        /**
         * Seconds its next look would take at {@code rate} seconds per network: by default every network of it
         * computed; a claim that knows which of them a cache holds counts only the others.
         */
        default double nextLookSeconds(double rate) {
            return nextLookSize() * configurations() * rate;
        }

        /**
         * Seconds it takes, once no more looks come, to conclude and report it at {@code rate} seconds per network
         * (what the run spends after the scheduler, which the budget must hold too).
         */
        default double concludeSeconds(double rate) {
            return 0;
        }

        /**
         * Whether its verdict could answer a question no other claim has answered yet (for a paper's battery: a finding
         * none of its claims has decided). Such a claim's looks go first while its projected decision fits the time
         * left; a claim whose question another has answered only refines that answer. By default every claim's
         * question is open, and the order is by cost alone.
         */
        default boolean answersOpenQuestion() {
            return true;
        }

        /** How it reads in a trace. */
        default String name() {
            return "claim";
        }

        /** Draws the next look. */
        void look();
    }

    /** What the scheduler did, look by look, for a user who asks (one line each). */
    public interface Trace {
        /** Nobody listens. */
        Trace NONE = line -> { };

        void line(String text);
    }

    private final TimeBudget time;
    private final Trace trace;

    public LookScheduler(TimeBudget time) {
        this(time, Trace.NONE);
    }

    /** A scheduler that tells {@code trace} every look: which claim, its estimate, what it took, the time left. */
    public LookScheduler(TimeBudget time, Trace trace) {
        this.time = time;
        this.trace = trace;
    }

    /** Runs the claims until decided, capped or out of time; returns the number of looks taken after the first. */
    public int run(List<? extends Claim> claims) {
        for (Claim c : claims) {
            if (!c.finished()) {
                timed(c, Double.NaN, "first look");
            }
        }
        int looks = 0;
        while (true) {
            // the time every claim's conclusion and report will take is kept back from the looks
            double reserve = claims.stream().mapToDouble(c -> c.concludeSeconds(rate(c, claims))).sum();
            double left = time.secondsLeft() - reserve;
            Claim next = pick(claims, left);
            if (next == null) {
                trace.line(String.format(java.util.Locale.ROOT, "stop: %.1f s left beyond %.1f s kept to conclude,"
                        + " no next look fits", left, reserve));
                return looks;
            }
            timed(next, next.nextLookSeconds(rate(next, claims)), "look");
            looks++;
        }
    }

    private void timed(Claim c, double estimate, String what) {
        if (trace == Trace.NONE) {
            c.look();
            return;
        }
        int size = c.nextLookSize();
        boolean open = c.answersOpenQuestion();
        long t0 = System.nanoTime();
        c.look();
        trace.line(String.format(java.util.Locale.ROOT, "%s %s%s: %d more per configuration, estimated %.2f s, took"
                + " %.2f s, %.1f s left", what, c.name(), open ? "" : " (its question answered)", size, estimate,
                (System.nanoTime() - t0) / 1e9, time.secondsLeft()));
    }

    /**
     * The claim's own rate, or, while it has computed nothing, the median rate of the claims that have (a claim
     * whose first looks came from a cache is not free: its next networks may not be there).
     */
    static double rate(Claim c, List<? extends Claim> claims) {
        double own = c.secondsPerNetwork();
        if (own >= 0) {
            return own;
        }
        double[] known = claims.stream().mapToDouble(Claim::secondsPerNetwork).filter(r -> r >= 0).sorted().toArray();
        return known.length == 0 ? 0 : known[known.length / 2];
    }

    /**
     * The claim to look at next, or null when none is left or no look fits in {@code secondsLeft}. Ranks, first to
     * last: a claim that answers an open question whose projected decision fits the time left; any other claim some
     * projection decides; a claim no projection decides that answers an open question; any other. Within a rank the
     * cheapest goes first (projected networks × seconds a network, or where no projection decides, its next look),
     * ties to the first in order.
     */
    static Claim pick(List<? extends Claim> claims, double secondsLeft) {
        if (!(secondsLeft > 0)) {
            return null;
        }
        Claim best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        int bestRank = Integer.MAX_VALUE;
        for (Claim c : claims) {
            if (c.finished()) {
                continue;
            }
            double rate = rate(c, claims);
            double perStep = c.configurations() * rate;
            double look = c.nextLookSeconds(rate);
            if (look > secondsLeft) {
                continue;
            }
            OptionalInt more = c.projected();
            double cost = more.isPresent() ? more.getAsInt() * perStep : look;
            boolean open = c.answersOpenQuestion();
            int rank = more.isPresent() ? (open && cost <= secondsLeft ? 0 : 1) : (open ? 2 : 3);
            if (rank < bestRank || (rank == bestRank && cost < bestCost)) {
                best = c;
                bestCost = cost;
                bestRank = rank;
            }
        }
        return best;
    }
}
