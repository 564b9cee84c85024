package dev.redshift.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The networks a claim decides on, gathered look by look, and the ones it leaves out.
 *
 * <p>The rule. A network whose outputs are not finite (float32 overflow, NaN) has no complexity under any
 * measure, and one whose measure is undefined (a constant function's spectrum) has none under that measure:
 * both are left out and counted. Leaving networks out conditions the population — the claim then speaks of
 * the networks that have a value — so:
 * <ul>
 *   <li>A paired claim (network k of a against network k of b; see {@link Expectation#paired()}) leaves index
 *       k out of <em>every</em> configuration when it leaves it out of one. Pairs stay pairs, and every
 *       configuration is conditioned on the same event, so differences stay differences of like with like.</li>
 *   <li>When non-finite networks make up more than {@link #MAX_NON_FINITE_SHARE} of the networks drawn (per
 *       configuration, or per network index of a paired claim), the claim is not decided at all: a
 *       {@link NonFiniteNetworksException} says how many, of which configuration. Deciding on a subsample
 *       that large a selection has removed would answer another question than the claim asks.</li>
 * </ul>
 * The bound is checked at every look, so a claim never stops on a verdict drawn from a heavily selected sample.
 */
final class ClaimSamples {

    /** The largest share of networks a claim may leave out for non-finite outputs and still decide. */
    static final double MAX_NON_FINITE_SHARE = 0.10;

    private final List<Column> columns = new ArrayList<>();
    private final boolean pairs;
    private final boolean paired;
    private int drawn;
    /** Network indices left out of a paired claim because some configuration's network was not finite. */
    private int nonFiniteIndices;

    /**
     * @param labels the configurations, in order
     * @param pairs whether each network gives two measures ({@code correlated})
     * @param paired whether configurations are compared network by network
     */
    ClaimSamples(List<String> labels, boolean pairs, boolean paired) {
        for (String label : labels) {
            columns.add(new Column(label, pairs));
        }
        this.pairs = pairs;
        this.paired = paired;
    }

    /** Adds one batch per configuration, all of the same networks' indices. */
    void add(List<Draws> batches) {
        if (batches.size() != columns.size()) {
            throw new IllegalArgumentException(batches.size() + " batches for " + columns.size() + " configurations");
        }
        int count = batches.get(0).count();
        for (Draws d : batches) {
            if (d.values().length < (pairs ? 2 : 1)) {
                throw new IllegalArgumentException("a source gave " + d.values().length + " measures, expected "
                        + (pairs ? 2 : 1));
            }
            if (d.count() != count) {
                throw new IllegalArgumentException("sources gave " + d.count() + " and " + count + " networks");
            }
        }
        Exclusion[] reasons = new Exclusion[columns.size()];
        for (int k = 0; k < count; k++) {
            boolean anyLeftOut = false;
            boolean anyNonFinite = false;
            for (int c = 0; c < columns.size(); c++) {
                reasons[c] = exclusion(batches.get(c), k);
                anyLeftOut |= reasons[c] != Exclusion.NONE;
                anyNonFinite |= reasons[c] == Exclusion.NON_FINITE;
            }
            if (paired && anyNonFinite) {
                nonFiniteIndices++;
            }
            for (int c = 0; c < columns.size(); c++) {
                Exclusion reason = paired && anyLeftOut && reasons[c] == Exclusion.NONE ? Exclusion.UNPAIRED
                        : reasons[c];
                columns.get(c).add(batches.get(c).values(), k, reason);
            }
        }
        drawn += count;
    }

    private Exclusion exclusion(Draws d, int k) {
        if (d.nonFinite()[k]) {
            return Exclusion.NON_FINITE;
        }
        boolean undefined = Double.isNaN(d.values()[0][k]) || pairs && Double.isNaN(d.values()[1][k]);
        return undefined ? Exclusion.UNDEFINED : Exclusion.NONE;
    }

    /**
     * @throws NonFiniteNetworksException when non-finite networks are more than {@link #MAX_NON_FINITE_SHARE}
     *     of the networks drawn
     */
    void requireMostlyFinite() {
        boolean tooMany = paired ? nonFiniteIndices > MAX_NON_FINITE_SHARE * drawn
                : columns.stream().anyMatch(c -> c.nonFinite > MAX_NON_FINITE_SHARE * drawn);
        if (!tooMany) {
            return;
        }
        String limit = "more than the " + percent(MAX_NON_FINITE_SHARE) + " a claim may leave out, so it is not decided";
        String counts = counts(snapshot(), drawn) + " gave non-finite outputs (float32 overflow or NaN)";
        throw new NonFiniteNetworksException(paired && columns.size() > 1
                ? counts + "; keeping pairs leaves out " + nonFiniteIndices + " of " + drawn
                        + " networks of every configuration, " + limit
                : counts + ", " + limit);
    }

    /** The networks used so far, per configuration. */
    List<ConfigurationSample> snapshot() {
        return columns.stream().map(Column::snapshot).toList();
    }

    /**
     * The clause an evidence sentence carries when networks were left out for non-finite outputs, or "".
     *
     * @param paired whether the claim kept pairs
     */
    static String nonFiniteClause(List<ConfigurationSample> samples, int drawn, boolean paired) {
        if (samples.stream().noneMatch(s -> s.nonFinite() > 0)) {
            return "";
        }
        return "; " + counts(samples, drawn) + " gave non-finite outputs and were left out"
                + (paired && samples.size() > 1 ? " (with the networks of the same index in every configuration, "
                        + "to keep pairs)" : "");
    }

    /** "3 of 200 networks of weightScale 16, 1 of 200 networks of weightScale 64". */
    private static String counts(List<ConfigurationSample> samples, int drawn) {
        List<String> parts = new ArrayList<>();
        for (ConfigurationSample s : samples) {
            if (s.nonFinite() > 0) {
                parts.add(s.nonFinite() + " of " + drawn + " networks of " + s.label());
            }
        }
        return String.join(", ", parts);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private enum Exclusion { NONE, UNDEFINED, NON_FINITE, UNPAIRED }

    /** One configuration's values in use; buffers grow with the networks drawn. */
    private static final class Column {
        private final String label;
        private double[] first = new double[64];
        private double[] second;
        private int n;
        private int undefined;
        private int nonFinite;
        private int unpaired;

        Column(String label, boolean pairs) {
            this.label = label;
            this.second = pairs ? new double[64] : null;
        }

        void add(double[][] values, int k, Exclusion reason) {
            switch (reason) {
                case UNDEFINED -> undefined++;
                case NON_FINITE -> nonFinite++;
                case UNPAIRED -> unpaired++;
                case NONE -> {
                    if (n == first.length) {
                        first = Arrays.copyOf(first, 2 * n);
                        if (second != null) {
                            second = Arrays.copyOf(second, 2 * n);
                        }
                    }
                    first[n] = values[0][k];
                    if (second != null) {
                        second[n] = values[1][k];
                    }
                    n++;
                }
            }
        }

        ConfigurationSample snapshot() {
            return new ConfigurationSample(label, Arrays.copyOf(first, n),
                    second == null ? null : Arrays.copyOf(second, n), undefined, nonFinite, unpaired);
        }
    }
}
