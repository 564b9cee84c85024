package dev.redshift.stats;

/**
 * A closed interval [lower, upper] of real numbers.
 *
 * @param lower lower bound
 * @param upper upper bound
 */
public record Interval(double lower, double upper) {

    /** Whether every point of the interval is strictly above {@code x}. */
    public boolean above(double x) {
        return lower > x;
    }

    /** Whether every point of the interval is strictly below {@code x}. */
    public boolean below(double x) {
        return upper < x;
    }

    /** Whether the interval lies strictly inside (lo, hi). */
    public boolean inside(double lo, double hi) {
        return lower > lo && upper < hi;
    }

    /** The interval of |x| for x in this interval. */
    public Interval magnitude() {
        if (lower >= 0) {
            return this;
        }
        if (upper <= 0) {
            return new Interval(-upper, -lower);
        }
        return new Interval(0, Math.max(-lower, upper));
    }

    /** The interval of −x. */
    public Interval negate() {
        return new Interval(-upper, -lower);
    }

    /** Half the width. */
    public double halfWidth() {
        return (upper - lower) / 2;
    }
}
