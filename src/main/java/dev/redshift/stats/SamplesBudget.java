package dev.redshift.stats;

/**
 * How many networks per configuration a claim may draw: it looks first after {@code min}, then after batches
 * that grow by half each time, and stops at {@code max}.
 *
 * <p>With {@code auto} ({@code samples: { max: auto }}) {@code max} is the claim's nominal cap: a run without a
 * time budget stops there, and the confidence sequence is tuned for {@code min}–{@code max} whatever happens. A
 * run under a time budget may go on past it, up to {@link #MAX_NETWORKS}: the sequence's bounds hold at every
 * sample size, so more looks past the tuning range cost width, never validity.
 *
 * @param min networks before the first look (at least 2)
 * @param max networks at most; a claim's budget ({@link #of}, {@link #scaled}) no more than {@link #MAX_NETWORKS}
 * @param auto whether a time budget may take the claim past {@code max}
 */
public record SamplesBudget(int min, int max, boolean auto) {

    /**
     * The most networks a configuration may draw. Every network's values are kept for the report's CSV and the
     * statistics, a few dozen bytes per network and measure, and the largest look draws a third of the budget at
     * once: a million networks keeps that within tens of MB per configuration (and is about half an hour of
     * sampling of the default MLP on two cores).
     */
    public static final int MAX_NETWORKS = 1_000_000;

    public SamplesBudget {
        check(min, max);
    }

    /** A budget whose {@code max} is a hard cap. */
    public SamplesBudget(int min, int max) {
        this(min, max, false);
    }

    /** The most networks per configuration a claim may draw under a time budget. */
    public int timeBudgetCap() {
        return auto ? Math.max(max, MAX_NETWORKS) : max;
    }

    /**
     * A claim's budget from the numbers as written, checked before anything is converted or allocated: at most
     * {@link #MAX_NETWORKS}. (The record itself takes any budget, for simulations of the plan.)
     *
     * @throws IllegalArgumentException naming the limit
     */
    public static SamplesBudget of(long min, long max) {
        check(min, max);
        if (max > MAX_NETWORKS) {
            throw new IllegalArgumentException("samples.max " + max + " exceeds the limit of " + MAX_NETWORKS
                    + " networks per configuration");
        }
        return new SamplesBudget((int) min, (int) max);
    }

    private static void check(long min, long max) {
        if (min < 2) {
            throw new IllegalArgumentException("samples.min must be at least 2, got " + min);
        }
        if (max < min) {
            throw new IllegalArgumentException("samples.max (" + max + ") must be at least samples.min (" + min + ")");
        }
    }

    /** The sample size of the look after {@code n}. */
    public int nextLook(int n) {
        return nextLook(n, max);
    }

    /** The sample size of the look after {@code n}, at most {@code cap} (the same schedule past {@code max}). */
    public int nextLook(int n, int cap) {
        return n < min ? Math.min(min, cap) : (int) Math.min(cap, n + Math.max(8, (long) Math.ceil(n / 2.0)));
    }

    /**
     * The same budget multiplied by {@code factor} (quick CI runs vs full replication), min stays ≥ 2.
     *
     * @throws IllegalArgumentException when the scaled budget exceeds {@link #MAX_NETWORKS}
     */
    public SamplesBudget scaled(double factor) {
        double scaledMax = Math.rint(max * factor);
        if (scaledMax > MAX_NETWORKS) {
            throw new IllegalArgumentException("samples.max " + max + " scaled by " + factor + " is "
                    + String.format(java.util.Locale.ROOT, "%.0f", scaledMax) + " networks, over the limit of "
                    + MAX_NETWORKS + " per configuration");
        }
        int newMax = Math.max(2, (int) scaledMax);
        int newMin = Math.max(2, Math.min(newMax, (int) Math.round(min * factor)));
        return new SamplesBudget(newMin, newMax, auto);
    }

    /** The same budget, its {@code max} a nominal cap a time budget may go past ({@code max: auto}). */
    public SamplesBudget automatic() {
        return new SamplesBudget(min, max, true);
    }
}
