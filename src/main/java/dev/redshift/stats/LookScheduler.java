package dev.redshift.stats;

import java.util.List;
import java.util.OptionalInt;

/**
 * Shares a run's time between claims. Every claim first gets its first look (its {@code samples.min}), whatever the
 * time; then, while time is left, the next look goes to the claim that is cheapest to decide: projected networks
 * to a decision (if the estimates held) × configurations × seconds per network, among the claims whose projection
 * fits within their cap. Claims that no projection decides within their cap come last, cheapest look first. It
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

        /** Observed seconds per network of one configuration (0 when every network came from a cache). */
        double secondsPerNetwork();

        /** Draws the next look. */
        void look();
    }

    private final TimeBudget time;

    public LookScheduler(TimeBudget time) {
        this.time = time;
    }

    /** Runs the claims until decided, capped or out of time; returns the number of looks taken after the first. */
    public int run(List<? extends Claim> claims) {
        for (Claim c : claims) {
            if (!c.finished()) {
                c.look();
            }
        }
        int looks = 0;
        while (true) {
            Claim next = pick(claims, time.secondsLeft());
            if (next == null) {
                return looks;
            }
            next.look();
            looks++;
        }
    }

    /** The claim to look at next, or null when none is left or no look fits in {@code secondsLeft}. */
    static Claim pick(List<? extends Claim> claims, double secondsLeft) {
        if (!(secondsLeft > 0)) {
            return null;
        }
        Claim best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        boolean bestReachable = false;
        for (Claim c : claims) {
            if (c.finished()) {
                continue;
            }
            double perStep = c.configurations() * Math.max(0, c.secondsPerNetwork());
            if (c.nextLookSize() * perStep > secondsLeft) {
                continue;
            }
            OptionalInt more = c.projected();
            boolean reachable = more.isPresent() && more.getAsInt() <= c.left();
            double cost = reachable ? more.getAsInt() * perStep : c.nextLookSize() * perStep;
            if (best == null || (reachable && !bestReachable) || (reachable == bestReachable && cost < bestCost)) {
                best = c;
                bestCost = cost;
                bestReachable = reachable;
            }
        }
        return best;
    }
}
