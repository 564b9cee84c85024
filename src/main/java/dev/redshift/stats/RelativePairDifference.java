package dev.redshift.stats;

/**
 * A source whose sample k is |a − b| / ((a + b)/2) for draws a = 2k and b = 2k + 1 of another source: the
 * relative difference of two independent networks, whose mean measures the spread of a configuration relative
 * to its level. NaN when either draw is undefined or a + b is 0.
 */
public final class RelativePairDifference implements ValueSource {

    private final ValueSource networks;

    /** Pairs the draws of {@code networks}. */
    public RelativePairDifference(ValueSource networks) {
        this.networks = networks;
    }

    @Override
    public double[][] draw(long first, int count) {
        return draws(first, count).values();
    }

    /** Pair k is non-finite when either of its networks is. */
    @Override
    public Draws draws(long first, int count) {
        Draws d = networks.draws(2 * first, 2 * count);
        double[][] v = d.values();
        double[][] out = new double[v.length][count];
        boolean[] nonFinite = new boolean[count];
        for (int k = 0; k < count; k++) {
            nonFinite[k] = d.nonFinite()[2 * k] || d.nonFinite()[2 * k + 1];
        }
        for (int m = 0; m < v.length; m++) {
            for (int k = 0; k < count; k++) {
                double a = v[m][2 * k];
                double b = v[m][2 * k + 1];
                double mid = (a + b) / 2;
                out[m][k] = nonFinite[k] || mid == 0 ? Double.NaN : Math.abs(a - b) / Math.abs(mid);
            }
        }
        return new Draws(out, nonFinite);
    }
}
