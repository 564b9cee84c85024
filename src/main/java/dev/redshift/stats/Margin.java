package dev.redshift.stats;

import java.util.Locale;

/**
 * A margin or tolerance: an absolute number; a fraction of the mean over the configurations a claim compares,
 * written {@code 10%} in specs; or a fraction of a measure's range, written {@code 10% of range}: of the
 * distance between two reference configurations measured in the same run (the paper rescales every measure to
 * [0, 1] between its extremes, App. D), for measures whose level is arbitrary, so that a percentage of the mean
 * says little. {@link ClaimDecider} bounds either reference like any other statistic.
 *
 * @param value the number, or the fraction when relative (0.1 for 10%)
 * @param relative whether it is a fraction of the mean
 * @param ofRange whether it is a fraction of the range between the reference configurations
 */
public record Margin(double value, boolean relative, boolean ofRange) {

    /** No margin. */
    public static final Margin ZERO = new Margin(0, false);

    /** What {@code 10% of range} ends with in specs. */
    public static final String OF_RANGE = "of range";

    public Margin {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a margin is a finite number ≥ 0 or a percentage, got " + value);
        }
        if (relative && ofRange) {
            throw new IllegalArgumentException("a margin is a fraction of the mean or of the range, not both");
        }
    }

    /** An absolute margin ({@code relative} false) or a fraction of the mean. */
    public Margin(double value, boolean relative) {
        this(value, relative, false);
    }

    /** A margin of {@code percent}% of the range between the reference configurations. */
    public static Margin percentOfRange(double percent) {
        return new Margin(percent / 100, false, true);
    }

    /** An absolute margin. */
    public static Margin absolute(double value) {
        return new Margin(value, false);
    }

    /** A margin of {@code percent}% of the reference. */
    public static Margin percent(double percent) {
        return new Margin(percent / 100, true);
    }

    /**
     * Parses {@code 10%}, {@code 10% of range}, {@code 0.5} or {@code 12}.
     *
     * @throws IllegalArgumentException "margin must be a number ≥ 0, a percentage like 10% or 10% of range, got 'x'"
     */
    public static Margin parse(String text) {
        String s = text.trim();
        try {
            if (s.endsWith(OF_RANGE) && s.substring(0, s.length() - OF_RANGE.length()).strip().endsWith("%")) {
                String percent = s.substring(0, s.length() - OF_RANGE.length()).strip();
                return percentOfRange(Double.parseDouble(percent.substring(0, percent.length() - 1).trim()));
            }
            if (s.endsWith("%")) {
                return percent(Double.parseDouble(s.substring(0, s.length() - 1).trim()));
            }
            return absolute(Double.parseDouble(s));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "must be a number ≥ 0, a percentage like 10% or 10% of range, got '" + text + "'");
        }
    }

    /** The margin in units of the data, given the reference's magnitude (the mean's, or the range's). */
    public double resolve(double referenceMagnitude) {
        return relative || ofRange ? value * referenceMagnitude : value;
    }

    @Override
    public String toString() {
        if (ofRange) {
            return String.format(Locale.ROOT, "%s%% of the range", Numbers.format(value * 100));
        }
        return relative ? String.format(Locale.ROOT, "%s%%", Numbers.format(value * 100)) : Numbers.format(value);
    }
}
