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
        if (expectation instanceof Expectation.Correlated && measureNames.size() != 2) {
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
        if (labels.size() != sources.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + sources.size() + " sources");
        }
        ClaimSamples data = new ClaimSamples(labels, expectation instanceof Expectation.Correlated,
                expectation.paired());
        int drawn = 0;
        int looks = 0;
        while (true) {
            int next = budget.nextLook(drawn);
            ahead.prepare(drawn, next - drawn);
            List<Draws> batches = new ArrayList<>();
            for (ValueSource source : sources) {
                batches.add(source.draws(drawn, next - drawn));
            }
            data.add(batches);
            data.requireMostlyFinite();
            drawn = next;
            looks++;
            boolean last = drawn >= budget.max();
            Evidence evidence = decider.decide(data.snapshot(), drawn, looks, last);
            onLook.accept(evidence);
            if (evidence.verdict() != Verdict.INCONCLUSIVE || last) {
                return evidence;
            }
        }
    }
}
