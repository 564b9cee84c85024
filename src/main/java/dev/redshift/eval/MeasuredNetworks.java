package dev.redshift.eval;

import java.util.List;
import java.util.Map;

/**
 * Complexity values of consecutive networks {@code first .. first+count−1} of a sample.
 *
 * @param first index of the first network
 * @param measures measure names, in the order of {@code values}
 * @param values {@code values[measure][k]} is the complexity of network {@code first + k}; NaN when undefined
 * @param undefinedReasons for each measure that gave NaN, the reason it gave first
 */
public record MeasuredNetworks(long first, List<String> measures, double[][] values,
        Map<String, String> undefinedReasons) {

    /** Number of networks. */
    public int count() {
        return values.length == 0 ? 0 : values[0].length;
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
