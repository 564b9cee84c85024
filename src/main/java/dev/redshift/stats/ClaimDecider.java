package dev.redshift.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * Applies DESIGN §4's PASS / FAIL semantics to confidence bounds.
 *
 * <p>A claim becomes a list of checks (pairwise differences, trend steps, means or a correlation). Each
 * check's bounds come from the {@link ConfidenceSequence} at level α/J, J being the number of checks (plus one
 * for the reference mean of a relative margin), so by Bonferroni all bounds hold together, at every look,
 * with probability at least 1 − α. The claim PASSes when every check lies in its PASS region and FAILs when
 * some check lies in its FAIL region; the regions are disjoint, so a verdict is wrong with probability at
 * most α. A relative margin is p·|mean over configurations|, taken at whichever end of that mean's bounds
 * makes the verdict harder to reach. A margin of the range ({@link Margin#ofRange()}) is p·(μ_high − μ_low) of
 * two reference configurations, given as the last two samples (low, then high): their paired difference is one
 * more bounded statistic of the family, and the margin is again taken at the harder end of its bounds (never
 * below 0).
 */
public final class ClaimDecider {

    /** Variance factor of Fisher's z of a Spearman correlation (Fieller, Hartley and Pearson 1957). */
    private static final double SPEARMAN_Z_SD = Math.sqrt(1.06);

    private final Expectation expectation;
    private final double confidence;
    private final ConfidenceSequence sequence;
    private final List<String> measureNames;

    /**
     * @param expectation what the claim expects
     * @param confidence e.g. 0.95
     * @param sequence the confidence sequence bounds come from
     * @param measureNames names of the measures (two for {@code correlated}), for sentences
     */
    public ClaimDecider(Expectation expectation, double confidence, ConfidenceSequence sequence,
            List<String> measureNames) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
        }
        this.expectation = expectation;
        this.confidence = confidence;
        this.sequence = sequence;
        this.measureNames = List.copyOf(measureNames);
    }

    /**
     * The evidence after a look.
     *
     * @param samples what each configuration gave so far
     * @param networksPerConfiguration networks drawn per configuration
     * @param looks looks so far, this one included
     * @param last whether the budget is spent: an undecided claim then says how many more networks would do
     */
    public Evidence decide(List<ConfigurationSample> samples, int networksPerConfiguration, int looks,
            boolean last) {
        boolean ofRange = margin().ofRange();
        List<ConfigurationSample> compared = ofRange ? samples.subList(0, Math.max(0, samples.size() - 2)) : samples;
        if (compared.size() < expectation.minConfigurations()) {
            throw new IllegalArgumentException(expectation.id() + " compares at least "
                    + expectation.minConfigurations() + " configurations" + (ofRange ? " besides the two references of"
                            + " its range" : "") + ", got " + compared.size());
        }
        double alpha = 1 - confidence;
        List<Check> checks = checks(compared);
        boolean relative = margin().relative();
        int family = checks.size() + (relative || ofRange ? 1 : 0);
        double each = alpha / family;
        Margins margins = ofRange ? rangeMargins(samples.get(samples.size() - 2), samples.get(samples.size() - 1), each)
                : margins(compared, each, relative);
        for (Check c : checks) {
            c.bound(sequence, each, margins);
        }
        Verdict verdict = checks.stream().anyMatch(c -> c.fails) ? Verdict.FAIL
                : checks.stream().allMatch(c -> c.passes) ? Verdict.PASS : Verdict.INCONCLUSIVE;
        // A trend that holds is best told by its overall change; otherwise by the check that decided or held it up.
        Check shown = verdict == Verdict.PASS && expectation instanceof Expectation.Trend t && !t.strict()
                ? checks.get(0) : deciding(checks, verdict);
        Projection projection = verdict == Verdict.INCONCLUSIVE && last
                ? additionalNetworks(checks, each, shown.n) : Projection.NONE;
        OptionalInt more = projection.more();
        String sentence = shown.sentence(percent())
                + ClaimSamples.nonFiniteClause(samples, networksPerConfiguration, expectation.paired())
                + plan(verdict, last, projection);
        List<ConfigurationEvidence> configurations = new ArrayList<>();
        double perConfiguration = alpha / samples.size();
        for (ConfigurationSample s : samples) {
            Summary summary = Summary.of(s.values());
            configurations.add(new ConfigurationEvidence(s.label(), summary, s.undefined(),
                    summary.n() < 2 ? new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)
                            : sequence.bounds(summary, perConfiguration), s.nonFinite(), s.unpaired()));
        }
        return new Evidence(verdict, expectation.id(), confidence, shown.statistic(), shown.estimate(),
                shown.bounds, margins.point, List.copyOf(configurations), networksPerConfiguration,
                looks, more, sentence, projection.leans());
    }

    private Margin margin() {
        Expectation e = expectation;
        if (e instanceof Expectation.Invariant i) {
            return i.margin();
        }
        if (e instanceof Expectation.Equivalent q) {
            return q.margin();
        }
        if (e instanceof Expectation.Ordered o) {
            return o.margin();
        }
        if (e instanceof Expectation.Trend t && !t.strict()) {
            return t.tolerance();
        }
        return Margin.ZERO;
    }

    /** The margin's point value and the ends of its range; equal unless the margin is relative. */
    private record Margins(double point, double small, double large, String description) {
    }

    private Margins margins(List<ConfigurationSample> samples, double each, boolean relative) {
        Margin m = margin();
        if (!relative) {
            return new Margins(m.value(), m.value(), m.value(), Numbers.format(m.value()));
        }
        int n = minN(samples);
        double[] grand = new double[n];
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (ConfigurationSample c : samples) {
                s += c.values()[k];
            }
            grand[k] = s / samples.size();
        }
        Summary g = Summary.of(grand);
        Interval magnitude = n < 2 ? new Interval(0, Double.POSITIVE_INFINITY)
                : sequence.bounds(g, each).magnitude();
        double point = m.value() * Math.abs(g.mean());
        return new Margins(point, m.value() * magnitude.lower(), m.value() * magnitude.upper(),
                Numbers.format(point) + " (" + m + " of the mean " + Numbers.format(g.mean()) + ")");
    }

    /** p·(μ_high − μ_low), from the paired differences of the references' networks, clipped below at 0. */
    private Margins rangeMargins(ConfigurationSample low, ConfigurationSample high, double each) {
        Margin m = margin();
        int n = Math.min(low.n(), high.n());
        double[] d = new double[n];
        for (int k = 0; k < n; k++) {
            d[k] = high.values()[k] - low.values()[k];
        }
        Summary range = Summary.of(d);
        Interval bounds = n < 2 ? new Interval(0, Double.POSITIVE_INFINITY) : sequence.bounds(range, each);
        double point = m.value() * Math.max(0, range.mean());
        return new Margins(point, m.value() * Math.max(0, bounds.lower()), m.value() * Math.max(0, bounds.upper()),
                Numbers.format(point) + " (" + m + " " + Numbers.format(range.mean()) + " from " + low.label()
                        + " to " + high.label() + ")");
    }

    private List<Check> checks(List<ConfigurationSample> s) {
        List<Check> checks = new ArrayList<>();
        Expectation e = expectation;
        if (e instanceof Expectation.Invariant || e instanceof Expectation.Equivalent) {
            for (int i = 0; i < s.size(); i++) {
                for (int j = i + 1; j < s.size(); j++) {
                    checks.add(Check.difference(s.get(j), s.get(i), Rule.WITHIN_MARGIN));
                }
            }
        } else if (e instanceof Expectation.Trend t) {
            Rule step = t.strict() ? Rule.POSITIVE : Rule.ABOVE_MINUS_MARGIN;
            for (int i = 0; i + 1 < s.size(); i++) {
                checks.add(Check.difference(s.get(i + 1), s.get(i), step).oriented(t.increasing()));
            }
            if (!t.strict()) {
                checks.add(0, Check.difference(s.get(s.size() - 1), s.get(0), Rule.POSITIVE)
                        .oriented(t.increasing()));
            }
        } else if (e instanceof Expectation.Ordered o) {
            for (int j = 1; j < s.size(); j++) {
                checks.add(Check.difference(s.get(0), s.get(j), o.less() ? Rule.BELOW_MINUS_MARGIN
                        : Rule.ABOVE_MARGIN));
            }
        } else if (e instanceof Expectation.Within w) {
            for (ConfigurationSample c : s) {
                checks.add(Check.mean(c, w.lo(), w.hi()));
            }
        } else if (e instanceof Expectation.Correlated c && c.negative()) {
            List<ConfigurationSample> negated = s.stream().map(ClaimDecider::negateSecond).toList();
            List<String> names = measureNames.size() >= 2 ? List.of(measureNames.get(0), "−" + measureNames.get(1))
                    : measureNames;
            checks.add(Check.correlation(negated, c.r(), names));
        } else if (e instanceof Expectation.Correlated c) {
            checks.add(Check.correlation(s, c.r(), measureNames));
        } else if (e instanceof Expectation.Uncorrelated u) {
            checks.add(Check.correlation(s, u.margin(), measureNames).within(u.margin()));
        } else if (e instanceof Expectation.Fraction f) {
            checks.add(Check.fraction(s.get(0), s.get(s.size() - 1), f));
        }
        return checks;
    }

    /** The sample with its second measure negated, for {@code anticorrelated}. */
    private static ConfigurationSample negateSecond(ConfigurationSample c) {
        double[] second = c.second().clone();
        for (int i = 0; i < second.length; i++) {
            second[i] = -second[i];
        }
        return new ConfigurationSample(c.label(), c.values(), second, c.undefined(), c.nonFinite(), c.unpaired());
    }

    private static Check deciding(List<Check> checks, Verdict verdict) {
        if (verdict == Verdict.FAIL) {
            return checks.stream().filter(c -> c.fails).max(Comparator.comparingDouble(Check::standardisedDistance))
                    .orElseThrow();
        }
        return checks.stream().filter(c -> verdict == Verdict.PASS || !c.passes)
                .min(Comparator.comparingDouble(Check::standardisedDistance)).orElseThrow();
    }

    /**
     * Networks per configuration until the bounds would decide, if the estimates and spreads stayed as they
     * are: PASS needs every check on its side, FAIL needs one.
     */
    private Projection additionalNetworks(List<Check> checks, double each, int n) {
        long toPass = 0;
        long toFail = Long.MAX_VALUE;
        boolean canPass = true;
        for (Check c : checks) {
            long needed = c.samplesToDecide(sequence, each);
            if (c.estimateSide() > 0) {
                toPass = Math.max(toPass, needed);
            } else {
                canPass = false;
            }
            if (c.estimateSide() < 0) {
                toFail = Math.min(toFail, needed);
            }
        }
        long pass = canPass ? toPass : Long.MAX_VALUE;
        long best = Math.min(pass, toFail);
        if (best >= Integer.MAX_VALUE) {
            return Projection.NONE;
        }
        // the verdict the estimates point to: the one whose bounds would close first
        return new Projection(OptionalInt.of((int) Math.max(1, best - n)), pass <= toFail ? Verdict.PASS : Verdict.FAIL);
    }

    /** How many more networks per configuration would decide, and the verdict they would likely give. */
    private record Projection(OptionalInt more, Verdict leans) {
        static final Projection NONE = new Projection(OptionalInt.empty(), Verdict.INCONCLUSIVE);
    }

    private String plan(Verdict verdict, boolean last, Projection projection) {
        if (verdict != Verdict.INCONCLUSIVE || !last) {
            return "";
        }
        return projection.more().isPresent()
                ? " — about " + projection.more().getAsInt() + " more networks per configuration would decide this"
                        + " and would likely " + projection.leans()
                : " — the estimate sits on the boundary; no feasible number of networks would decide this";
    }

    private String percent() {
        return Numbers.format(confidence * 100) + "%";
    }

    static int minN(List<ConfigurationSample> samples) {
        return samples.stream().mapToInt(ConfigurationSample::n).min().orElse(0);
    }

    /** Which region each kind of check must lie in; δ is the margin at its harder end. */
    enum Rule {
        /** −δ < x < δ passes; |x| > δ fails. */
        WITHIN_MARGIN,
        /** x > 0 passes; x ≤ 0 fails. */
        POSITIVE,
        /** x > −δ passes; x < −δ fails. */
        ABOVE_MINUS_MARGIN,
        /** x < −δ passes; x > −δ fails. */
        BELOW_MINUS_MARGIN,
        /** x > δ passes; x < δ fails. */
        ABOVE_MARGIN,
        /** lo < x < hi passes; outside fails. */
        BETWEEN
    }

    /** One statistic, its bounds and which side of its boundary they lie on. */
    private static final class Check {
        final String statistic;
        final Summary summary;
        final Rule rule;
        final int n;
        final double lo;
        final double hi;
        final Kind kind;
        final String left;
        final String right;
        boolean increasing = true;
        /** A mean of 0/1 values: its bounds never leave [0, 1], where the proportion lies. */
        boolean proportion;
        Interval bounds;
        double halfWidth;
        Margins margins;
        boolean passes;
        boolean fails;

        enum Kind { DIFFERENCE, MEAN, CORRELATION, FRACTION }
        /** For a correlation: one measure is constant over the pooled networks (no rank correlation). */
        boolean constant;
        /** Bounds of all of [−1, 1]: neither PASS nor FAIL can be reached. */
        boolean undecidable;
        /** For a fraction: how many networks moved the expected way, and which way that is. */
        int count;
        boolean increasingFraction;

        private Check(Kind kind, String statistic, Summary summary, Rule rule, double lo, double hi, String left,
                String right) {
            this.kind = kind;
            this.statistic = statistic;
            this.summary = summary;
            this.rule = rule;
            this.n = summary.n();
            this.lo = lo;
            this.hi = hi;
            this.left = left;
            this.right = right;
        }

        /** μ_a − μ_b from paired draws: the k-th network of a against the k-th of b. */
        static Check difference(ConfigurationSample a, ConfigurationSample b, Rule rule) {
            int n = Math.min(a.n(), b.n());
            double[] d = new double[n];
            for (int k = 0; k < n; k++) {
                d[k] = a.values()[k] - b.values()[k];
            }
            return new Check(Kind.DIFFERENCE, a.label() + " − " + b.label(), Summary.of(d), rule, 0, 0, a.label(),
                    b.label());
        }

        static Check mean(ConfigurationSample a, double lo, double hi) {
            boolean proportion = ProportionSpread.isProportion(a.values());
            Summary summary = Summary.of(a.values());
            Check c = new Check(Kind.MEAN, "mean of " + a.label(),
                    proportion ? ProportionSpread.floored(summary) : summary, Rule.BETWEEN, lo, hi, a.label(), null);
            c.proportion = proportion;
            return c;
        }

        static Check correlation(List<ConfigurationSample> samples, double r, List<String> measures) {
            int total = samples.stream().mapToInt(ConfigurationSample::n).sum();
            double[] x = new double[total];
            double[] y = new double[total];
            int at = 0;
            for (ConfigurationSample s : samples) {
                System.arraycopy(s.values(), 0, x, at, s.n());
                System.arraycopy(s.second(), 0, y, at, s.n());
                at += s.n();
            }
            double rho = total < 4 ? 0 : Spearman.correlation(x, y, total);
            // Summary carries Fisher's z and its per-observation spread; n is the number of pooled networks.
            double z = atanh(Double.isNaN(rho) ? 0 : Math.max(-0.999999, Math.min(0.999999, rho)));
            String pair = measures.size() >= 2 ? measures.get(0) + " and " + measures.get(1) : "the measures";
            Check c = new Check(Kind.CORRELATION, "Spearman correlation of " + pair,
                    new Summary(total, z, SPEARMAN_Z_SD), Rule.ABOVE_MARGIN, r, r, pair, null);
            c.constant = total >= 4 && Double.isNaN(rho);
            return c;
        }

        /**
         * The same correlation, decided within ±margin of 0 ({@code uncorrelated}). A measure constant over the
         * pooled networks has no rank correlation: such a sample can neither show nor refute that one measure
         * predicts the other, so its bounds are all of [−1, 1].
         */
        Check within(double margin) {
            Check c = new Check(Kind.CORRELATION, statistic, summary, Rule.BETWEEN, -margin, margin, left, null);
            c.constant = constant;
            c.undecidable = constant;
            return c;
        }

        /**
         * The share of networks k whose value in {@code last} is below (above, when increasing) their value in
         * {@code first}: a mean of 0/1 outcomes, bounded as a proportion, against (p, 1].
         */
        static Check fraction(ConfigurationSample first, ConfigurationSample last, Expectation.Fraction f) {
            int n = Math.min(first.n(), last.n());
            double[] moved = new double[n];
            for (int k = 0; k < n; k++) {
                double d = last.values()[k] - first.values()[k];
                moved[k] = (f.increasing() ? d > 0 : d < 0) ? 1 : 0;
            }
            Summary summary = Summary.of(moved);
            // hi above 1: the upper bound, clipped to 1, never fails the check; only the lower bound against p decides
            Check c = new Check(Kind.FRACTION, "share of networks with " + last.label() + (f.increasing() ? " above "
                    : " below ") + first.label(), ProportionSpread.floored(summary), Rule.BETWEEN, f.p(), 1.01,
                    last.label(), first.label());
            c.proportion = true;
            c.count = (int) Math.round(summary.mean() * n);
            c.increasingFraction = f.increasing();
            return c;
        }

        Check oriented(boolean isIncreasing) {
            this.increasing = isIncreasing;
            return this;
        }

        /** Bounds in the statistic's own units, and the verdict of this check. */
        void bound(ConfidenceSequence sequence, double alpha, Margins m) {
            this.margins = m;
            if (kind == Kind.CORRELATION) {
                // Fisher's z of n pooled networks behaves like a mean of n − 3 values with sd sqrt(1.06).
                halfWidth = n > 5 && !undecidable ? sequence.halfWidth(n - 3, summary.sd(), alpha)
                        : Double.POSITIVE_INFINITY;
                bounds = new Interval(Math.tanh(summary.mean() - halfWidth), Math.tanh(summary.mean() + halfWidth));
            } else {
                halfWidth = sequence.halfWidth(n, summary.sd(), alpha);
                bounds = n < 2 ? new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)
                        : new Interval(summary.mean() - halfWidth, summary.mean() + halfWidth);
                if (proportion) {
                    bounds = new Interval(Math.max(0, bounds.lower()), Math.min(1, bounds.upper()));
                }
            }
            Interval x = increasing ? bounds : bounds.negate();
            switch (rule) {
                case WITHIN_MARGIN -> {
                    passes = x.inside(-m.small, m.small);
                    fails = x.above(m.large) || x.below(-m.large);
                }
                case POSITIVE -> {
                    passes = x.above(0);
                    fails = x.upper() <= 0;
                }
                case ABOVE_MINUS_MARGIN -> {
                    passes = x.above(-m.small);
                    fails = x.below(-m.large);
                }
                case BELOW_MINUS_MARGIN -> {
                    passes = x.below(-m.large);
                    fails = x.above(-m.small);
                }
                case ABOVE_MARGIN -> {
                    double pass = kind == Kind.CORRELATION ? lo : m.large;
                    double fail = kind == Kind.CORRELATION ? lo : m.small;
                    passes = x.above(pass);
                    fails = kind == Kind.CORRELATION ? x.upper() <= fail : x.below(fail);
                }
                case BETWEEN -> {
                    passes = x.inside(lo, hi);
                    fails = x.below(lo) || x.above(hi);
                }
            }
        }

        double estimate() {
            return kind == Kind.CORRELATION ? Math.tanh(summary.mean()) : summary.mean();
        }

        String statistic() {
            return statistic;
        }

        /** The nearest decision boundary, oriented like the statistic. */
        double boundary() {
            return switch (rule) {
                case WITHIN_MARGIN -> Math.abs(summary.mean()) < margins.point ? 0 : margins.point;
                case POSITIVE -> 0;
                case ABOVE_MINUS_MARGIN, BELOW_MINUS_MARGIN -> -margins.point;
                case ABOVE_MARGIN -> kind == Kind.CORRELATION ? atanh(lo) : margins.point;
                case BETWEEN -> kind == Kind.FRACTION ? lo
                        : Math.abs(summary.mean() - low()) < Math.abs(summary.mean() - high()) ? low() : high();
            };
        }

        /** The ends of a BETWEEN range in the units the bounds are built in (Fisher's z for a correlation). */
        private double low() {
            return kind == Kind.CORRELATION ? atanh(lo) : lo;
        }

        private double high() {
            return kind == Kind.CORRELATION ? atanh(hi) : hi;
        }

        /** Distance of the estimate from where the decision flips, in the units the bounds are built in. */
        double distance() {
            double x = increasing ? summary.mean() : -summary.mean();
            if (rule == Rule.WITHIN_MARGIN) {
                return Math.abs(margins.point - Math.abs(x));
            }
            return Math.abs(x - boundary());
        }

        double standardisedDistance() {
            return halfWidth > 0 && Double.isFinite(halfWidth) ? distance() / halfWidth : distance();
        }

        /** +1 when the point estimate is on the PASS side, −1 on the FAIL side, 0 on the boundary. */
        int estimateSide() {
            double x = increasing ? summary.mean() : -summary.mean();
            double d = switch (rule) {
                case WITHIN_MARGIN -> margins.point - Math.abs(x);
                case POSITIVE, ABOVE_MINUS_MARGIN, ABOVE_MARGIN -> x - boundary();
                case BELOW_MINUS_MARGIN -> boundary() - x;
                case BETWEEN -> kind == Kind.FRACTION ? x - lo : Math.min(x - low(), high() - x);
            };
            return (int) Math.signum(d);
        }

        long samplesToDecide(ConfidenceSequence sequence, double alpha) {
            if (undecidable) {
                return Long.MAX_VALUE;
            }
            int needed = sequence.samplesFor(distance(), summary.sd(), alpha);
            if (needed == Integer.MAX_VALUE) {
                return Long.MAX_VALUE;
            }
            return kind == Kind.CORRELATION ? needed + 3L : needed;
        }

        String sentence(String percent) {
            String range = percent + " bounds " + Numbers.format(bounds.lower()) + " to "
                    + Numbers.format(bounds.upper());
            return switch (kind) {
                case DIFFERENCE -> {
                    double d = summary.mean();
                    String body = d >= 0
                            ? left + " exceeds " + right + " by " + Numbers.format(d) + " (" + range + ")"
                            : left + " is below " + right + " by " + Numbers.format(-d) + " (" + percent + " bounds "
                                    + Numbers.format(-bounds.upper()) + " to " + Numbers.format(-bounds.lower()) + ")";
                    yield body + " after " + n + " networks each" + marginClause();
                }
                case MEAN -> left + " averages " + Numbers.format(summary.mean()) + " (" + range + ") after " + n
                        + " networks; expected within [" + Numbers.format(lo) + ", " + Numbers.format(hi) + "]";
                case CORRELATION -> "Spearman correlation of " + left + " is " + Numbers.format(estimate()) + " ("
                        + range + ") over " + n + " networks" + (constant ? " (one measure is constant over them:"
                                + " no rank correlation)" : "") + "; expected " + (rule == Rule.BETWEEN ? "within ±"
                                + Numbers.format(hi) + " of 0" : "above " + Numbers.format(lo));
                case FRACTION -> count + " of " + n + " networks have " + left + (increasingFraction ? " above "
                        : " below ") + right + ": " + Numbers.format(summary.mean()) + " (" + range + "); expected"
                        + " above " + Numbers.format(lo);
            };
        }

        private String marginClause() {
            return switch (rule) {
                case WITHIN_MARGIN -> "; margin ±" + margins.description;
                case ABOVE_MINUS_MARGIN -> margins.point > 0 ? "; tolerance " + margins.description : "";
                case BELOW_MINUS_MARGIN, ABOVE_MARGIN -> margins.point > 0 ? "; margin " + margins.description : "";
                default -> "";
            };
        }

        private static double atanh(double r) {
            return 0.5 * Math.log((1 + r) / (1 - r));
        }
    }
}
