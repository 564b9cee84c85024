package dev.redshift.engine;

import dev.redshift.spec.ClaimPlan;
import dev.redshift.stats.ConfigurationEvidence;
import dev.redshift.stats.Evidence;
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
        m.put("redshift.measure", String.join(",", plan.measureNames()));
        m.put("redshift.looks", String.valueOf(e.looks()));
        for (int c = 0; c < e.configurations().size(); c++) {
            ConfigurationEvidence ce = e.configurations().get(c);
            m.put("redshift.configuration." + (c + 1), ce.label() + ": n " + ce.summary().n() + ", mean "
                    + Numbers.format(ce.summary().mean()) + ", sd " + Numbers.format(ce.summary().sd()) + ", bounds "
                    + Numbers.format(ce.bounds().lower()) + " to " + Numbers.format(ce.bounds().upper())
                    + ce.leftOut());
        }
        m.put(SENTENCE, e.sentence());
        return m;
    }
}
