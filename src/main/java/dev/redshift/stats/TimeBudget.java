package dev.redshift.stats;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The wall time a run may spend, read from a clock the caller gives (the system's, or a simulated one).
 *
 * @param total how long the run may take
 * @param clock nanoseconds, like {@link System#nanoTime()}
 * @param start the clock's reading when the run began
 */
public record TimeBudget(Duration total, LongSupplier clock, long start) {

    /** A budget of {@code total} starting now on the system clock. */
    public static TimeBudget startingNow(Duration total) {
        return new TimeBudget(total, System::nanoTime, System.nanoTime());
    }

    /** Seconds left, negative once the budget is spent. */
    public double secondsLeft() {
        return (total.toNanos() - (clock.getAsLong() - start)) / 1e9;
    }

    /**
     * A duration as a user writes it: {@code 20m}, {@code 90s}, {@code 1h}, {@code 1h30m}, or plain seconds.
     *
     * @throws IllegalArgumentException naming what is allowed
     */
    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Duration d = null;
        try {
            if (t.matches("\\d+(\\.\\d+)?")) {
                d = Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
            } else if (t.matches("(\\d+h)?(\\d+m)?(\\d+s)?") && !t.isEmpty()) {
                d = Duration.parse("PT" + t.toUpperCase(Locale.ROOT));
            }
        } catch (RuntimeException e) {
            // a number too large for a Duration: the one message below
        }
        if (d == null) {
            throw new IllegalArgumentException("a time budget is a duration such as 20m, 90s, 1h30m or seconds, got '"
                    + text + "'");
        }
        // outside the try, or its message would be swallowed into the one above
        return positive(d, text);
    }

    private static Duration positive(Duration d, String text) {
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("a time budget must be positive, got '" + text + "'");
        }
        return d;
    }
}
