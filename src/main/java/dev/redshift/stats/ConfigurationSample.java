package dev.redshift.stats;

/**
 * The defined values seen so far of one configuration.
 *
 * @param label how the configuration reads in sentences
 * @param values the first measure's defined values, in draw order
 * @param second the second measure's values of the same networks (for {@code correlated}), or null
 * @param undefined networks left out because a measure was undefined
 */
public record ConfigurationSample(String label, double[] values, double[] second, int undefined) {

    /** Number of defined values. */
    public int n() {
        return values.length;
    }
}
