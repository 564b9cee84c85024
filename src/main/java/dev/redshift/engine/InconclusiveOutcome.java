package dev.redshift.engine;

import java.util.Locale;

/** What an INCONCLUSIVE claim becomes in JUnit. */
public enum InconclusiveOutcome {
    /** A failed test: the claim was not shown within its budget. */
    FAILED,
    /** An aborted (skipped) test: neither shown nor refuted. */
    ABORTED;

    static InconclusiveOutcome parse(String text) {
        for (InconclusiveOutcome o : values()) {
            if (o.name().equalsIgnoreCase(text.trim())) {
                return o;
            }
        }
        throw new IllegalArgumentException("redshift.inconclusive must be failed or aborted, got '" + text + "'");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
