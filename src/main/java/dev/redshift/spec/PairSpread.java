package dev.redshift.spec;

import dev.redshift.stats.RelativePairDifference;
import dev.redshift.stats.ValueSource;
import java.util.List;

/**
 * {@code spread: relative}: sample k of a configuration is the relative difference of its networks 2k and
 * 2k + 1, |a − b| / ((a + b)/2), two independent draws; its mean says how far apart two random networks'
 * complexities typically are (for normal values about 1.13 times the coefficient of variation). A claim on
 * the spread of a configuration, not on its mean.
 */
public record PairSpread() implements SampleSummary {

    /** The spec's word for it. */
    public static final String RELATIVE = "relative";

    @Override
    public List<List<Configuration>> sampledPer(List<Configuration> configurations) {
        return configurations.stream().map(List::of).toList();
    }

    @Override
    public List<ValueSource> group(List<? extends ValueSource> sampled) {
        return sampled.stream().<ValueSource>map(RelativePairDifference::new).toList();
    }

    @Override
    public String describe(String measure) {
        return "relative difference of " + measure + " between two random networks";
    }
}
