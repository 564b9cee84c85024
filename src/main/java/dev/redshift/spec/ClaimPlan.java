package dev.redshift.spec;

import dev.redshift.stats.Expectation;
import dev.redshift.stats.SamplesBudget;
import java.util.List;

/**
 * A claim ready to run: which networks, which measure, what is expected, with what confidence and budget.
 *
 * @param name the claim, unique in its file
 * @param spec the title of the spec it belongs to
 * @param source the citation (paper section or figure), may be empty
 * @param tags tags, used as JUnit tags
 * @param network the family id
 * @param varied the parameter a {@code vary} claim varies, or null
 * @param configurations what is sampled, in order (levels, compared configurations or pooled ones)
 * @param measures one measure, or two for {@code correlated}
 * @param expectation what is expected
 * @param confidence e.g. 0.95
 * @param budget networks per configuration
 * @param seed the claim's seed
 * @param grid points per axis
 * @param position where the claim is declared
 */
public record ClaimPlan(String name, String spec, String source, List<String> tags, String network, String varied,
        List<Configuration> configurations, List<MeasureChoice> measures, Expectation expectation,
        double confidence, SamplesBudget budget, long seed, int grid, SourcePosition position) {

    /** The measure names, in order. */
    public List<String> measureNames() {
        return measures.stream().map(MeasureChoice::name).toList();
    }
}
