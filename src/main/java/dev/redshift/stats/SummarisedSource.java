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

    /** Sample k is non-finite when network k's outputs were not finite at some level. */
    @Override
    public Draws draws(long first, int count) {
        double[][][] perLevel = new double[levels.size()][][];
        boolean[] nonFinite = new boolean[count];
        for (int l = 0; l < perLevel.length; l++) {
            Draws d = levels.get(l).draws(first, count);
            perLevel[l] = d.values();
            for (int k = 0; k < count; k++) {
                nonFinite[k] |= d.nonFinite()[k];
            }
        }
        int measures = perLevel[0].length;
        double[][] out = new double[measures][count];
        double[] y = new double[perLevel.length];
        for (int m = 0; m < measures; m++) {
            for (int k = 0; k < count; k++) {
                for (int l = 0; l < perLevel.length; l++) {
                    y[l] = perLevel[l][m][k];
                }
                out[m][k] = nonFinite[k] ? Double.NaN : summary.apply(y);
            }
        }
        return new Draws(out, nonFinite);
    }
}
