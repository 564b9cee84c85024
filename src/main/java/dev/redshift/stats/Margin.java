package dev.redshift.stats;

import java.util.Locale;

/**
 * A margin or tolerance: an absolute number, or a fraction of a reference (the mean over the configurations
 * a claim compares), written {@code 10%} in specs.
 *
 * @param value the number, or the fraction when relative (0.1 for 10%)
 * @param relative whether it is a fraction of the reference
 */
public record Margin(double value, boolean relative) {

    /** No margin. */
    public static final Margin ZERO = new Margin(0, false);

    public Margin {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a margin is a finite number ≥ 0 or a percentage, got " + value);
        }
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
     * Parses {@code 10%}, {@code 0.5} or {@code 12}.
     *
     * @throws IllegalArgumentException "margin must be a number ≥ 0 or a percentage like 10%, got 'x'"
     */
    public static Margin parse(String text) {
        String s = text.trim();
        try {
            if (s.endsWith("%")) {
                return percent(Double.parseDouble(s.substring(0, s.length() - 1).trim()));
            }
            return absolute(Double.parseDouble(s));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "must be a number ≥ 0 or a percentage like 10%, got '" + text + "'");
        }
    }

    /** The margin in units of the data, given the reference's magnitude. */
    public double resolve(double referenceMagnitude) {
        return relative ? value * referenceMagnitude : value;
    }

    @Override
    public String toString() {
        return relative ? String.format(Locale.ROOT, "%s%%", Numbers.format(value * 100)) : Numbers.format(value);
    }
}
