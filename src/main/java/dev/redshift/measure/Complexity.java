package dev.redshift.measure;

/**
 * The complexity of one function under one measure, or the reason it has none.
 *
 * @param value the complexity, or {@code NaN} when it is undefined
 * @param undefinedReason why the value is {@code NaN}; {@code null} when the value is defined
 */
public record Complexity(double value, String undefinedReason) {

    /** A defined complexity. */
    public static Complexity of(double value) {
        return new Complexity(value, null);
    }

    /** An undefined complexity: the value is NaN and the reason says why (e.g. a constant function). */
    public static Complexity undefined(String reason) {
        return new Complexity(Double.NaN, reason);
    }

    /** Whether the measure gave a number. */
    public boolean isDefined() {
        return undefinedReason == null;
    }
}
