package dev.redshift.findings;

import dev.redshift.stats.Verdict;

/**
 * One claim's verdict as evidence for a finding.
 *
 * @param claim the claim's name
 * @param where its spec file and line
 * @param verdict what the claim's test decided
 * @param uncontrolled whether a negative control of this claim did not FAIL: the measure could not tell a
 *     configuration the paper says changes, so a PASS of the claim is no evidence
 * @param dependsOnReading for a FAIL: whether it fails under some readings of the measure only rather than under
 *     every reading; false for a claim decided under one reading
 */
public record Encoding(String claim, String where, Verdict verdict, boolean uncontrolled, boolean dependsOnReading) {

    /** A claim decided under one reading, with no control that failed to fail. */
    public Encoding(String claim, String where, Verdict verdict) {
        this(claim, where, verdict, false, false);
    }

    /** The verdict the roll-up counts: an uncontrolled PASS is undecided. */
    Verdict counted() {
        return uncontrolled && verdict == Verdict.PASS ? Verdict.INCONCLUSIVE : verdict;
    }
}
