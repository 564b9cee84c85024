package dev.redshift.report;

import dev.redshift.engine.ClaimOutcome;
import java.util.List;

/**
 * Every per-network value of a claim as CSV: configuration, label, network index, one column per measure. An
 * undefined value is {@code NaN}; a network whose outputs were not finite reads {@code non-finite} in every
 * measure column.
 */
public final class ClaimCsv {

    /** What a CSV cell of a network with non-finite outputs holds. */
    public static final String NON_FINITE = "non-finite";

    private ClaimCsv() {
    }

    public static String of(ClaimOutcome o) {
        // a summarised claim's values are slopes, peaks or pair differences: the header says which
        // with readings: of the measure, two columns may share a name (fourier, fourier {dc: include}): the labels
        List<String> names = o.plan().readings().isEmpty() ? o.plan().measureNames()
                : o.plan().measureLabels().stream().map(l -> '"' + l.replace("\"", "\"\"") + '"').toList();
        List<String> measures = names.stream()
                .map(m -> o.plan().summary() == null ? m : o.plan().summary().describe(m)).toList();
        StringBuilder s = new StringBuilder("configuration,label,network,").append(String.join(",", measures))
                .append('\n');
        for (int c = 0; c < o.values().size(); c++) {
            double[][] v = o.values().get(c);
            boolean[] nonFinite = o.nonFinite().get(c);
            String label = '"' + o.plan().configurations().get(c).label().replace("\"", "\"\"") + '"';
            for (int k = 0; k < v[0].length; k++) {
                s.append(c + 1).append(',').append(label).append(',').append(k);
                for (double[] column : v) {
                    s.append(',').append(nonFinite[k] ? NON_FINITE : Double.isNaN(column[k]) ? "NaN"
                            : Double.toString(column[k]));
                }
                s.append('\n');
            }
        }
        return s.toString();
    }
}
