package dev.redshift.stats;

/**
 * The share of a claim's confidence each reading of its measure is decided at (Bonferroni): k readings at
 * {@code 1 − (1 − confidence)/k} each. A claim decided under several readings then FAILs wrongly (under any
 * reading where the claim holds) with probability at most {@code 1 − confidence} in all, and PASSes only where
 * every reading PASSes, so its wrong-PASS rate is at most any one reading's ({@code ReadingSplitCalibrationTest}).
 *
 * @param confidence the claim's confidence, e.g. 0.95
 * @param readings how many readings share it, at least 1
 */
public record ReadingSplit(double confidence, int readings) {

    public ReadingSplit {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1), got " + confidence);
        }
        if (readings < 1) {
            throw new IllegalArgumentException("a split needs at least one reading, got " + readings);
        }
    }

    /** The confidence of each reading's test: the claim's own for one reading. */
    public double perReading() {
        return readings == 1 ? confidence : 1 - (1 - confidence) / readings;
    }
}
