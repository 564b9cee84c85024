package dev.redshift.findings;

import dev.redshift.stats.Verdict;
import java.util.List;

/**
 * A finding's verdict, rolled up from the verdicts of the claims that encode it ({@link #of}). Counting a
 * finding once, whatever the number of its claims, is what lets a report say how much of a paper held.
 */
public enum FindingVerdict {
    /** Every encoding PASSes. */
    HELD("held"),
    /** Some encodings PASS, none FAILs, the others are undecided. */
    HELD_IN_PART("held in part"),
    /** Some encodings PASS and some FAIL. */
    MIXED("mixed"),
    /** No encoding PASSes and some FAIL under every reading of their measure. */
    AGAINST("against"),
    /**
     * No encoding PASSes and every FAIL depends on the measure's reading: its claim, decided under several readings
     * ({@code readings:}), FAILs under some and not under others. A FAIL of a claim decided under one reading, or
     * under every one of its readings, counts as {@link #AGAINST}.
     */
    DEPENDS_ON_READING("depends on the reading"),
    /** Every encoding is undecided within its budget (or PASSed beside a control that did not FAIL). */
    UNDECIDED("undecided"),
    /** No claim of this run encodes it. */
    NOT_ENCODED("not encoded");

    private final String words;

    FindingVerdict(String words) {
        this.words = words;
    }

    /** How a report says it: "held in part". */
    public String words() {
        return words;
    }

    /**
     * The rule. With P, F, I the encodings that PASS, FAIL and are undecided (an uncontrolled PASS counts as
     * undecided): none at all → NOT_ENCODED; F and I empty → HELD; P non-empty and F empty → HELD_IN_PART; P and
     * F non-empty → MIXED; P empty, F non-empty → AGAINST, unless every FAIL depends on the reading →
     * DEPENDS_ON_READING; only I → UNDECIDED.
     */
    public static FindingVerdict of(List<Encoding> encodings) {
        if (encodings.isEmpty()) {
            return NOT_ENCODED;
        }
        long pass = encodings.stream().filter(e -> e.counted() == Verdict.PASS).count();
        List<Encoding> fails = encodings.stream().filter(e -> e.counted() == Verdict.FAIL).toList();
        if (pass == encodings.size()) {
            return HELD;
        }
        if (pass > 0) {
            return fails.isEmpty() ? HELD_IN_PART : MIXED;
        }
        if (fails.isEmpty()) {
            return UNDECIDED;
        }
        return fails.stream().allMatch(Encoding::dependsOnReading) ? DEPENDS_ON_READING : AGAINST;
    }
}
