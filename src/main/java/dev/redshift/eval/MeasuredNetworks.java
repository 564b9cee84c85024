package dev.redshift.eval;

import java.util.List;
import java.util.Map;

/**
 * Complexity values of consecutive networks {@code first .. first+count−1} of a sample.
 *
 * @param first index of the first network
 * @param measures measure names, in the order of {@code values}
 * @param values {@code values[measure][k]} is the complexity of network {@code first + k}; NaN when undefined
 *     and under every measure when the network's outputs are not finite
 * @param undefinedReasons for each measure that gave NaN on a network with finite outputs, the reason it gave first
 * @param nonFinite {@code nonFinite[k]}: network {@code first + k} gave outputs that are not finite (an infinity
 *     or NaN, e.g. float32 overflow at a huge weight scale); no measure saw it
 */
public record MeasuredNetworks(long first, List<String> measures, double[][] values,
        Map<String, String> undefinedReasons, boolean[] nonFinite) {

    /** Networks whose outputs were all finite. */
    public MeasuredNetworks(long first, List<String> measures, double[][] values, Map<String, String> undefinedReasons) {
        this(first, measures, values, undefinedReasons, new boolean[values.length == 0 ? 0 : values[0].length]);
    }

    /** Number of networks. */
    public int count() {
        return values.length == 0 ? 0 : values[0].length;
    }

    /** Number of networks whose outputs were not finite. */
    public int nonFiniteCount() {
        int n = 0;
        for (boolean b : nonFinite) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** The values of one measure. */
    public double[] of(String measure) {
        int k = measures.indexOf(measure);
        if (k < 0) {
            throw new IllegalArgumentException("measure " + measure + " was not taken; taken: " + measures);
        }
        return values[k];
    }
}
