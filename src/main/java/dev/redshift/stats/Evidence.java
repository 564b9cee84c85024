package dev.redshift.stats;

import java.util.List;
import java.util.OptionalInt;

/**
 * Everything a verdict rests on.
 *
 * @param verdict PASS, FAIL or INCONCLUSIVE
 * @param expectation the expectation's id
 * @param confidence the claim's confidence, e.g. 0.95
 * @param statistic what {@code estimate} is, in words ("weightScale 16 − weightScale 1")
 * @param estimate the deciding statistic's point estimate
 * @param bounds its bounds, simultaneous over everything compared and every look
 * @param margin the margin or tolerance in the data's units (0 when the expectation has none)
 * @param configurations per configuration n, mean, sd and bounds
 * @param networksPerConfiguration networks drawn for each configuration
 * @param looks how many times the data were looked at
 * @param additionalNetworks when INCONCLUSIVE, about how many more networks per configuration would decide
 * @param sentence one plain sentence for a CI log
 * @param leans when INCONCLUSIVE with {@code additionalNetworks}, the verdict those networks would likely give (the
 *     one whose bounds would close first); INCONCLUSIVE otherwise
 */
public record Evidence(Verdict verdict, String expectation, double confidence, String statistic, double estimate,
        Interval bounds, double margin, List<ConfigurationEvidence> configurations, int networksPerConfiguration,
        int looks, OptionalInt additionalNetworks, String sentence, Verdict leans) {

    /** Evidence that leans no way. */
    public Evidence(Verdict verdict, String expectation, double confidence, String statistic, double estimate,
            Interval bounds, double margin, List<ConfigurationEvidence> configurations, int networksPerConfiguration,
            int looks, OptionalInt additionalNetworks, String sentence) {
        this(verdict, expectation, confidence, statistic, estimate, bounds, margin, configurations,
                networksPerConfiguration, looks, additionalNetworks, sentence, Verdict.INCONCLUSIVE);
    }
}
