package dev.redshift.stats;

/** The outcome of a claim. */
public enum Verdict {
    /** The evidence shows the claim at the stated confidence. */
    PASS,
    /** The evidence shows the opposite of the claim at the stated confidence. */
    FAIL,
    /** The samples budget ran out before either was shown. */
    INCONCLUSIVE
}
