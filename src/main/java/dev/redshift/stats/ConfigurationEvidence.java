package dev.redshift.stats;

/**
 * What was seen of one configuration.
 *
 * @param label how the configuration reads in sentences ("weightScale 16")
 * @param summary n, mean and sd of the values the claim used
 * @param undefined networks whose complexity was undefined (NaN) and left out
 * @param bounds bounds on its mean, simultaneous over the claim's configurations and every look
 * @param nonFinite networks whose outputs were not finite (float32 overflow, NaN) and left out
 * @param unpaired networks left out to keep pairs: another configuration's network of the same index was left out
 */
public record ConfigurationEvidence(String label, Summary summary, int undefined, Interval bounds, int nonFinite,
        int unpaired) {

    /** Evidence of a configuration that left out only networks with undefined values. */
    public ConfigurationEvidence(String label, Summary summary, int undefined, Interval bounds) {
        this(label, summary, undefined, bounds, 0, 0);
    }

    /** The networks left out, as a clause: ", 2 non-finite, 1 undefined, 3 left out to keep pairs", or "". */
    public String leftOut() {
        StringBuilder s = new StringBuilder();
        if (nonFinite > 0) {
            s.append(", ").append(nonFinite).append(" non-finite");
        }
        if (undefined > 0) {
            s.append(", ").append(undefined).append(" undefined");
        }
        if (unpaired > 0) {
            s.append(", ").append(unpaired).append(" left out to keep pairs");
        }
        return s.toString();
    }
}
