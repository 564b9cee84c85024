package dev.redshift.stats;

/**
 * The values seen so far of one configuration that a claim decides on.
 *
 * @param label how the configuration reads in sentences
 * @param values the first measure's values of the networks used, in draw order
 * @param second the second measure's values of the same networks (for {@code correlated}), or null
 * @param undefined networks left out because a measure was undefined for them
 * @param nonFinite networks left out because their outputs were not finite
 * @param unpaired networks left out, though they had values, because the network of the same index was left out
 *     of another configuration of a paired claim
 */
public record ConfigurationSample(String label, double[] values, double[] second, int undefined, int nonFinite,
        int unpaired) {

    /** A sample with no network left out but for undefined values. */
    public ConfigurationSample(String label, double[] values, double[] second, int undefined) {
        this(label, values, second, undefined, 0, 0);
    }

    /** Number of networks used. */
    public int n() {
        return values.length;
    }
}
