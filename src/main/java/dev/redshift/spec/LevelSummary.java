package dev.redshift.spec;

import dev.redshift.stats.RunSummary;
import dev.redshift.stats.SummarisedSource;
import dev.redshift.stats.ValueSource;
import java.util.ArrayList;
import java.util.List;

/**
 * A claim's per-network summary ({@code slope:} or {@code peak:}): each configuration the claim compares is
 * sampled at every level of {@code parameter}, and network k's values at those levels become one number.
 * Every level of a configuration shares its seed, so network k is the same draw at each level (only the
 * parameter changes), which is what makes the summary a property of network k.
 *
 * @param parameter the parameter whose levels are summarised
 * @param summary the computation (slope or peak, levels, scale)
 * @param levels per configuration, the configurations actually sampled, one per level in order
 */
public record LevelSummary(String parameter, RunSummary summary, List<List<Configuration>> levels)
        implements SampleSummary {

    public LevelSummary {
        levels = levels.stream().map(List::copyOf).toList();
    }

    @Override
    public List<List<Configuration>> sampledPer(List<Configuration> configurations) {
        return levels;
    }

    @Override
    public String describe(String measure) {
        return summary.describe(measure, parameter);
    }

    @Override
    public List<ValueSource> group(List<? extends ValueSource> sampled) {
        List<ValueSource> out = new ArrayList<>();
        int next = 0;
        for (List<Configuration> perLevel : levels) {
            out.add(new SummarisedSource(summary, sampled.subList(next, next + perLevel.size())));
            next += perLevel.size();
        }
        return out;
    }
}
