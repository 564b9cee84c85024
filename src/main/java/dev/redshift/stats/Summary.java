package dev.redshift.stats;

/**
 * Count, mean and sample standard deviation of a set of values.
 *
 * @param n number of values
 * @param mean their mean (NaN when n = 0)
 * @param sd their sample standard deviation, n − 1 in the denominator (0 when n < 2)
 */
public record Summary(int n, double mean, double sd) {

    /** The summary of the first {@code n} values, by Welford's update (stable for large offsets). */
    public static Summary of(double[] values, int n) {
        double mean = 0;
        double m2 = 0;
        for (int k = 0; k < n; k++) {
            double delta = values[k] - mean;
            mean += delta / (k + 1);
            m2 += delta * (values[k] - mean);
        }
        return new Summary(n, n == 0 ? Double.NaN : mean, n < 2 ? 0 : Math.sqrt(m2 / (n - 1)));
    }

    /** The summary of all values. */
    public static Summary of(double[] values) {
        return of(values, values.length);
    }
}
