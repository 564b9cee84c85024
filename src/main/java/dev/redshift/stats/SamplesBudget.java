package dev.redshift.stats;

/**
 * How many networks per configuration a claim may draw: it looks first after {@code min}, then after batches
 * that grow by half each time, and stops at {@code max}.
 *
 * @param min networks before the first look (at least 2)
 * @param max networks at most
 */
public record SamplesBudget(int min, int max) {

    public SamplesBudget {
        if (min < 2) {
            throw new IllegalArgumentException("samples.min must be at least 2, got " + min);
        }
        if (max < min) {
            throw new IllegalArgumentException("samples.max (" + max + ") must be at least samples.min (" + min + ")");
        }
    }

    /** The sample size of the look after {@code n}. */
    public int nextLook(int n) {
        return n < min ? min : (int) Math.min(max, n + Math.max(8, (long) Math.ceil(n / 2.0)));
    }

    /** The same budget multiplied by {@code factor} (quick CI runs vs full replication), min stays ≥ 2. */
    public SamplesBudget scaled(double factor) {
        int newMax = Math.max(2, (int) Math.round(max * factor));
        int newMin = Math.max(2, Math.min(newMax, (int) Math.round(min * factor)));
        return new SamplesBudget(newMin, newMax);
    }
}
