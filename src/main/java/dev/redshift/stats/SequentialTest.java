package dev.redshift.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The sequential plan: draw every configuration in step, look after each batch, stop at the first PASS or
 * FAIL, never before {@code samples.min}, and at {@code samples.max} report INCONCLUSIVE with the bounds
 * reached. Valid however many looks there are, since the bounds come from a confidence sequence.
 */
public final class SequentialTest {

    private final Expectation expectation;
    private final double confidence;
    private final SamplesBudget budget;
    private final ClaimDecider decider;

    /**
     * @param expectation what the claim expects
     * @param confidence e.g. 0.95
     * @param budget networks per configuration
     * @param measureNames the measures each source gives ({@code correlated} needs two)
     */
    public SequentialTest(Expectation expectation, double confidence, SamplesBudget budget,
            List<String> measureNames) {
        if (expectation.correlation() && measureNames.size() != 2) {
            throw new IllegalArgumentException("correlated compares exactly two measures, got " + measureNames);
        }
        this.expectation = expectation;
        this.confidence = confidence;
        this.budget = budget;
        this.decider = new ClaimDecider(expectation, confidence,
                AsymptoticConfidenceSequence.forBudget(budget.min(), budget.max()), measureNames);
    }

    /** Runs the plan to a verdict. */
    public Evidence run(List<String> labels, List<ValueSource> sources) {
        return run(labels, sources, evidence -> { });
    }

    /**
     * Runs the plan to a verdict, handing the evidence of every look to {@code onLook} (for progress). Networks
     * without a value are left out as {@link ClaimSamples} says.
     *
     * @throws NonFiniteNetworksException when more networks gave non-finite outputs than a claim may leave out
     */
    public Evidence run(List<String> labels, List<ValueSource> sources, Consumer<Evidence> onLook) {
        return run(labels, sources, LookAhead.NONE, onLook);
    }

    /**
     * Runs the plan to a verdict as {@link #run(List, List, Consumer)} does, telling {@code ahead} what each look
     * will draw before drawing it.
     */
    public Evidence run(List<String> labels, List<ValueSource> sources, LookAhead ahead, Consumer<Evidence> onLook) {
        Progress p = start(labels, sources, ahead);
        while (true) {
            Evidence evidence = p.look();
            onLook.accept(evidence);
            if (p.finished()) {
                return evidence;
            }
        }
    }

    /**
     * The plan as steps a caller takes one look at a time (a scheduler sharing time between claims). The looks are
     * those {@link #run} takes, in the same order; only when the next one happens is the caller's choice, which
     * leaves the verdict valid since the bounds hold at every look whenever one stops.
     */
    public Progress start(List<String> labels, List<ValueSource> sources, LookAhead ahead) {
        if (labels.size() != sources.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + sources.size() + " sources");
        }
        return new Progress(sources, ahead, new ClaimSamples(labels, expectation.correlation(),
                expectation.paired()));
    }

    /** A claim's sequential plan in progress: the networks drawn so far and the evidence of the last look. */
    public final class Progress {
        private final List<ValueSource> sources;
        private final LookAhead ahead;
        private final ClaimSamples data;
        private int drawn;
        private int looks;
        private Evidence evidence;
        /** The most networks per configuration: the budget's max, or past it under a time budget (max: auto). */
        private int cap = budget.max();

        private Progress(List<ValueSource> sources, LookAhead ahead, ClaimSamples data) {
            this.sources = sources;
            this.ahead = ahead;
            this.data = data;
        }

        /**
         * Lets a claim with {@code max: auto} go past its nominal max, up to {@link SamplesBudget#timeBudgetCap()}:
         * for a scheduler sharing a time budget, before the first look. The confidence sequence keeps the tuning it
         * got from the spec's min and max, so the bounds are the same as without it at every sample size.
         */
        public void uncap() {
            cap = budget.timeBudgetCap();
        }

        /** Draws the next look of the budget's schedule and decides on everything drawn. */
        public Evidence look() {
            if (finished()) {
                throw new IllegalStateException("the plan is finished");
            }
            return lookTo(budget.nextLook(drawn, cap));
        }

        /**
         * Draws up to {@code n} networks per configuration (at least the next look, at most the budget) in one look:
         * a resumed claim goes straight to the networks an earlier run drew. Valid like any other look, since the
         * bounds hold at every sample size.
         */
        public Evidence lookTo(int n) {
            if (finished()) {
                throw new IllegalStateException("the plan is finished");
            }
            int next = Math.min(cap, Math.max(budget.nextLook(drawn, cap), n));
            ahead.prepare(drawn, next - drawn);
            List<Draws> batches = new ArrayList<>();
            for (ValueSource source : sources) {
                batches.add(source.draws(drawn, next - drawn));
            }
            data.add(batches);
            data.requireMostlyFinite();
            drawn = next;
            looks++;
            evidence = decider.decide(data.snapshot(), drawn, looks, drawn >= cap);
            return evidence;
        }

        /** Whether the last look decided the claim or spent its budget. */
        public boolean finished() {
            return evidence != null && (evidence.verdict() != Verdict.INCONCLUSIVE || drawn >= cap);
        }

        /** Networks per configuration the next look adds (0 when finished). */
        public int nextLookSize() {
            return finished() ? 0 : budget.nextLook(drawn, cap) - drawn;
        }

        /** Networks per configuration the budget still allows. */
        public int left() {
            return cap - drawn;
        }

        /** Networks per configuration drawn so far. */
        public int drawn() {
            return drawn;
        }

        /** The evidence of the last look, or null before the first. */
        public Evidence evidence() {
            return evidence;
        }

        /**
         * The last look's evidence as the final word when no more looks will come (time ran out): the same data and
         * bounds, with the sentence saying how many more networks would decide and which way.
         */
        public Evidence conclude() {
            if (evidence == null || finished()) {
                return evidence;
            }
            return decider.decide(data.snapshot(), drawn, looks, true);
        }

        /** About how many more networks per configuration would decide, if the estimates stayed as they are. */
        public java.util.OptionalInt projected() {
            if (evidence == null || evidence.verdict() != Verdict.INCONCLUSIVE) {
                return java.util.OptionalInt.empty();
            }
            return projection().additionalNetworks();
        }

        /** The verdict the networks of {@link #projected()} would likely give; INCONCLUSIVE without a projection. */
        public Verdict leans() {
            if (evidence == null || evidence.verdict() != Verdict.INCONCLUSIVE) {
                return Verdict.INCONCLUSIVE;
            }
            return projection().leans();
        }

        /**
         * The evidence its projection is read from: the last look's at the cap, else that look concluded as the final
         * word; null before the first look.
         */
        Evidence projection() {
            return drawn >= cap ? evidence : conclude();
        }
    }
}
