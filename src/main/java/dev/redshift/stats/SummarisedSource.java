package dev.redshift.stats;

import java.util.List;

/**
 * A configuration whose sample k is a {@link RunSummary} of sample k of several sources, one per level of a
 * parameter: the sources are paired by index, so network (or run) k is the same draw at every level. Works on
 * any producer of per-network values, random networks and trained runs alike.
 */
public final class SummarisedSource implements ValueSource {

    private final RunSummary summary;
    private final List<ValueSource> levels;

    /**
     * @param summary what to compute from the per-level values
     * @param levels one source per level, in the summary's level order
     */
    public SummarisedSource(RunSummary summary, List<? extends ValueSource> levels) {
        if (levels.size() != summary.levels().length) {
            throw new IllegalArgumentException(levels.size() + " sources for " + summary.levels().length + " levels");
        }
        this.summary = summary;
        this.levels = List.copyOf(levels);
    }

    @Override
    public double[][] draw(long first, int count) {
        return draws(first, count).values();
    }

    /** Network k is non-finite when its outputs were not finite at any level (its summary is then NaN). */
    @Override
    public Draws draws(long first, int count) {
        Draws[] perLevel = new Draws[levels.size()];
        for (int l = 0; l < perLevel.length; l++) {
            perLevel[l] = levels.get(l).draws(first, count);
        }
        int measures = perLevel[0].values().length;
        double[][] out = new double[measures][count];
        boolean[] nonFinite = new boolean[count];
        double[] y = new double[perLevel.length];
        for (int k = 0; k < count; k++) {
            for (Draws level : perLevel) {
                nonFinite[k] |= level.nonFinite()[k];
            }
        }
        for (int m = 0; m < measures; m++) {
            for (int k = 0; k < count; k++) {
                for (int l = 0; l < perLevel.length; l++) {
                    y[l] = perLevel[l].values()[m][k];
                }
                out[m][k] = nonFinite[k] ? Double.NaN : summary.apply(y);
            }
        }
        return new Draws(out, nonFinite);
    }
}
