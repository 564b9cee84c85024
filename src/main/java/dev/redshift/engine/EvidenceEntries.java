package dev.redshift.engine;

import dev.redshift.spec.ClaimPlan;
import dev.redshift.stats.ConfigurationEvidence;
import dev.redshift.stats.Evidence;
import dev.redshift.stats.ReadingVerdicts;
import dev.redshift.stats.Numbers;
import java.util.LinkedHashMap;
import java.util.Map;

/** The evidence of a claim as JUnit report entries (key → text), read by IDEs, Surefire XML and {@code check}. */
final class EvidenceEntries {

    static final String VERDICT = "redshift.verdict";
    static final String ESTIMATE = "redshift.estimate";
    static final String LOWER = "redshift.lower";
    static final String UPPER = "redshift.upper";
    static final String NETWORKS = "redshift.networks";
    static final String SENTENCE = "redshift.evidence";
    /** An undecided claim's "about N more networks per configuration would decide this": N. */
    static final String TO_DECIDE = "redshift.networksToDecide";
    /** With readings: robust PASS / FAIL / INCONCLUSIVE or depends on the reading. */
    static final String READINGS = "redshift.readings";
    /** With readings: reading k's verdict and numbers, at {@code redshift.reading.k} (k from 1). */
    static final String READING = "redshift.reading.";

    private EvidenceEntries() {
    }

    static Map<String, String> of(ClaimOutcome outcome) {
        ClaimPlan plan = outcome.plan();
        Evidence e = outcome.evidence();
        Map<String, String> m = new LinkedHashMap<>();
        m.put(VERDICT, e.verdict().name());
        m.put("redshift.statistic", e.statistic());
        m.put(ESTIMATE, Numbers.format(e.estimate()));
        m.put(LOWER, Numbers.format(e.bounds().lower()));
        m.put(UPPER, Numbers.format(e.bounds().upper()));
        m.put(NETWORKS, String.valueOf(e.networksPerConfiguration()));
        m.put("redshift.confidence", Numbers.format(e.confidence()));
        m.put("redshift.seed", String.valueOf(plan.seed()));
        // with readings two measures may share a name (fourier, fourier {dc: include}): the labels tell them apart
        m.put("redshift.measure", String.join(",", plan.readings().isEmpty() ? plan.measureNames()
                : plan.measureLabels()));
        m.put("redshift.looks", String.valueOf(e.looks()));
        for (int c = 0; c < e.configurations().size(); c++) {
            ConfigurationEvidence ce = e.configurations().get(c);
            m.put("redshift.configuration." + (c + 1), ce.label() + ": n " + ce.summary().n() + ", mean "
                    + Numbers.format(ce.summary().mean()) + ", sd " + Numbers.format(ce.summary().sd()) + ", bounds "
                    + Numbers.format(ce.bounds().lower()) + " to " + Numbers.format(ce.bounds().upper())
                    + ce.leftOut());
        }
        m.put(SENTENCE, e.sentence());
        e.additionalNetworks().ifPresent(n -> m.put(TO_DECIDE, String.valueOf(n)));
        ReadingVerdicts readings = outcome.readings();
        if (readings != null) {
            // one entry per reading of the measure, and what they say together (issue 26)
            m.put(READINGS, readings.robustness().words());
            for (int r = 0; r < readings.readings().size(); r++) {
                Evidence re = readings.evidence().get(r);
                m.put(READING + (r + 1), readings.readings().get(r) + ": " + re.verdict() + ", estimate "
                        + Numbers.format(re.estimate()) + ", " + Numbers.format(100 * re.confidence()) + "% bounds "
                        + Numbers.format(re.bounds().lower()) + " to " + Numbers.format(re.bounds().upper()) + ", "
                        + re.networksPerConfiguration() + " networks per configuration");
            }
        }
        return m;
    }
}
