package dev.redshift.stats;

/**
 * What was seen of one configuration.
 *
 * @param label how the configuration reads in sentences ("weightScale 16")
 * @param summary n, mean and sd of its defined values
 * @param undefined networks whose complexity was undefined (NaN) and left out
 * @param bounds bounds on its mean, simultaneous over the claim's configurations and every look
 */
public record ConfigurationEvidence(String label, Summary summary, int undefined, Interval bounds) {
}
