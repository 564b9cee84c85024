package dev.redshift.stats;

/**
 * The values of a batch of consecutive networks, and which of them gave outputs that are not finite.
 *
 * @param values {@code [measure][k]}; NaN where a measure is undefined, and for every measure of a network whose
 *     outputs are not finite
 * @param nonFinite {@code nonFinite[k]}: network k's outputs held an infinity or a NaN (e.g. float32 overflow), so
 *     it has no complexity at all
 */
public record Draws(double[][] values, boolean[] nonFinite) {

    public Draws {
        int count = values.length == 0 ? 0 : values[0].length;
        if (nonFinite.length != count) {
            throw new IllegalArgumentException(nonFinite.length + " non-finite flags for " + count + " networks");
        }
    }

    /** Values of networks that all gave finite outputs. */
    public static Draws allFinite(double[][] values) {
        return new Draws(values, new boolean[values.length == 0 ? 0 : values[0].length]);
    }

    /** Number of networks. */
    public int count() {
        return nonFinite.length;
    }
}
