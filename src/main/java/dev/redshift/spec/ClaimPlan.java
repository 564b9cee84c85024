package dev.redshift.spec;

import dev.redshift.stats.Expectation;
import dev.redshift.stats.ReadingTests;
import dev.redshift.stats.SamplesBudget;
import dev.redshift.stats.ValueSource;
import java.util.ArrayList;
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
 * @param summary how networks become samples ({@code slope:}, {@code peak:}, {@code spread:}), or null: then
 *     each configuration's sample is its networks' measure itself
 * @param references the two configurations whose distance a margin of the range is a fraction of (low, then
 *     high), sampled after the claim's own; empty for any other margin
 * @param controls for a negative control, the name of the claim (in the same spec) whose measure, margin and budget
 *     it repeats on a configuration that should FAIL; null otherwise
 * @param findings the registry keys of the findings this claim tests ({@code 14}, {@code blog-3}, {@code ours});
 *     empty where the spec names none
 * @param readings the readings of the measure the claim is decided under ({@code readings:}), each naming its rows
 *     of {@code measures} (then the union of the readings' measures); empty for a claim decided on its measure alone
 */
public record ClaimPlan(String name, String spec, String source, List<String> tags, String network, String varied,
        List<Configuration> configurations, List<MeasureChoice> measures, Expectation expectation,
        double confidence, SamplesBudget budget, long seed, int grid, SourcePosition position,
        SampleSummary summary, List<Configuration> references, String controls, List<String> findings,
        List<ReadingTests.Reading> readings) {

    public ClaimPlan {
        references = List.copyOf(references);
        findings = List.copyOf(findings);
        readings = List.copyOf(readings);
    }

    /** A plan decided on its measure alone, no readings. */
    public ClaimPlan(String name, String spec, String source, List<String> tags, String network, String varied,
            List<Configuration> configurations, List<MeasureChoice> measures, Expectation expectation,
            double confidence, SamplesBudget budget, long seed, int grid, SourcePosition position,
            SampleSummary summary, List<Configuration> references, String controls, List<String> findings) {
        this(name, spec, source, tags, network, varied, configurations, measures, expectation, confidence, budget,
                seed, grid, position, summary, references, controls, findings, List.of());
    }

    /**
     * The readings the claim is decided under: those of {@code readings:}, or the claim's measure alone (every row,
     * labelled as the measures are) when it has none.
     */
    public List<ReadingTests.Reading> decidedReadings() {
        if (!readings.isEmpty()) {
            return readings;
        }
        List<Integer> rows = java.util.stream.IntStream.range(0, measures.size()).boxed().toList();
        return List.of(new ReadingTests.Reading(String.join(" and ", measureLabels()), rows, measureLabels()));
    }

    /** A plan that names no finding. */
    public ClaimPlan(String name, String spec, String source, List<String> tags, String network, String varied,
            List<Configuration> configurations, List<MeasureChoice> measures, Expectation expectation,
            double confidence, SamplesBudget budget, long seed, int grid, SourcePosition position,
            SampleSummary summary, List<Configuration> references, String controls) {
        this(name, spec, source, tags, network, varied, configurations, measures, expectation, confidence, budget,
                seed, grid, position, summary, references, controls, List.of());
    }

    /** A plan without reference configurations. */
    public ClaimPlan(String name, String spec, String source, List<String> tags, String network, String varied,
            List<Configuration> configurations, List<MeasureChoice> measures, Expectation expectation,
            double confidence, SamplesBudget budget, long seed, int grid, SourcePosition position,
            SampleSummary summary) {
        this(name, spec, source, tags, network, varied, configurations, measures, expectation, confidence, budget,
                seed, grid, position, summary, List.of(), null);
    }

    /** A plan whose samples are the measure of each network, no summary. */
    public ClaimPlan(String name, String spec, String source, List<String> tags, String network, String varied,
            List<Configuration> configurations, List<MeasureChoice> measures, Expectation expectation,
            double confidence, SamplesBudget budget, long seed, int grid, SourcePosition position) {
        this(name, spec, source, tags, network, varied, configurations, measures, expectation, confidence, budget,
                seed, grid, position, null);
    }

    /**
     * What a producer samples, in order: the configurations, or with a summary every level of each
     * configuration (configuration 0's levels first); then the references.
     */
    public List<Configuration> sampled() {
        List<Configuration> out = new ArrayList<>();
        if (summary == null) {
            out.addAll(configurations);
        } else {
            summary.sampledPer(configurations).forEach(out::addAll);
        }
        out.addAll(references);
        return List.copyOf(out);
    }

    /** What the statistics decide on, in order: the configurations, then the references of a range margin. */
    public List<Configuration> decided() {
        List<Configuration> out = new ArrayList<>(configurations);
        out.addAll(references);
        return List.copyOf(out);
    }

    /** The index in {@link #sampled()} of configuration {@code c}'s first level (c itself without a summary). */
    public int firstSampled(int c) {
        if (summary == null) {
            return c;
        }
        List<List<Configuration>> per = summary.sampledPer(configurations);
        int index = 0;
        for (int i = 0; i < c; i++) {
            index += per.get(i).size();
        }
        return index;
    }

    /**
     * One value source per {@link #decided()} configuration, given one per {@link #sampled()} configuration: the
     * same sources without a summary, summarised sources with one (the references are never summarised).
     */
    public List<ValueSource> perConfiguration(List<? extends ValueSource> sampled) {
        if (sampled.size() != sampled().size()) {
            throw new IllegalArgumentException(sampled.size() + " sources for " + sampled().size()
                    + " sampled configurations");
        }
        if (summary == null) {
            return List.copyOf(sampled);
        }
        List<ValueSource> out = new ArrayList<>(summary.group(sampled.subList(0, sampled.size() - references.size())));
        out.addAll(sampled.subList(sampled.size() - references.size(), sampled.size()));
        return List.copyOf(out);
    }

    /** What a sample is, in words: "lz complexity", "slope of lz against ln weightScale", … */
    public String valueLabel() {
        // decided under several readings: each reading's measure, "fourier | fourier {dc: include}"
        String measure = readings.isEmpty() ? String.join(" and ", measureLabels())
                : String.join(" | ", readings.stream().map(ReadingTests.Reading::label).toList());
        // a trained run's measure (test-accuracy, init:fourier, …) reads as itself
        boolean trained = configurations.stream().anyMatch(Configuration::trained);
        return summary == null ? measure + (trained ? " of a trained run" : " complexity") : summary.describe(measure);
    }

    /** The measures with the settings that differ from the defaults ({@link MeasureChoice#label()}), in order. */
    public List<String> measureLabels() {
        return measures.stream().map(MeasureChoice::label).toList();
    }

    /** The measure names, in order. */
    public List<String> measureNames() {
        return measures.stream().map(MeasureChoice::name).toList();
    }
}
