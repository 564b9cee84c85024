package dev.redshift.spec;

import dev.redshift.stats.ValueSource;
import java.util.List;

/**
 * How a claim turns the networks a producer measures into its samples, when a sample is not simply one
 * network's measure: a summary over a parameter's levels ({@link LevelSummary}) or over pairs of networks
 * ({@link PairSpread}). Only per-network values cross it, so any producer (random networks, trained runs) works.
 */
public sealed interface SampleSummary permits LevelSummary, PairSpread {

    /** Per configuration of the claim, the configurations a producer samples for it, in order. */
    List<List<Configuration>> sampledPer(List<Configuration> configurations);

    /** One source per configuration, from one source per sampled configuration (in {@link #sampledPer} order). */
    List<ValueSource> group(List<? extends ValueSource> sampled);

    /** What a sample is, in words, given the measure's name. */
    String describe(String measure);
}
