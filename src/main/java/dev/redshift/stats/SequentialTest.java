package dev.redshift.stats;

import java.util.ArrayList;
import java.util.Arrays;
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
     * Runs the plan to a verdict, handing the evidence of every look to {@code onLook} (for progress).
     */
    public Evidence run(List<String> labels, List<ValueSource> sources, Consumer<Evidence> onLook) {
        if (labels.size() != sources.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + sources.size() + " sources");
        }
        boolean pairs = expectation instanceof Expectation.Correlated;
        List<Accumulator> data = new ArrayList<>();
        for (String label : labels) {
            data.add(new Accumulator(label, pairs));
        }
        int drawn = 0;
        int looks = 0;
        while (true) {
            int next = budget.nextLook(drawn);
            for (int c = 0; c < sources.size(); c++) {
                data.get(c).add(sources.get(c).draw(drawn, next - drawn));
            }
            drawn = next;
            looks++;
            boolean last = drawn >= budget.max();
            Evidence evidence = decider.decide(data.stream().map(Accumulator::snapshot).toList(), drawn, looks, last);
            onLook.accept(evidence);
            if (evidence.verdict() != Verdict.INCONCLUSIVE || last) {
                return evidence;
            }
        }
    }

    /** The defined values of one configuration so far. */
    private static final class Accumulator {
        private final String label;
        private final boolean pairs;
        private double[] first = new double[64];
        private double[] second;
        private int n;
        private int undefined;

        Accumulator(String label, boolean pairs) {
            this.label = label;
            this.pairs = pairs;
            this.second = pairs ? new double[64] : null;
        }

        void add(double[][] batch) {
            if (batch.length < (pairs ? 2 : 1)) {
                throw new IllegalArgumentException("a source gave " + batch.length + " measures, expected "
                        + (pairs ? 2 : 1));
            }
            for (int k = 0; k < batch[0].length; k++) {
                double x = batch[0][k];
                double y = pairs ? batch[1][k] : 0;
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    undefined++;
                    continue;
                }
                if (n == first.length) {
                    first = Arrays.copyOf(first, 2 * n);
                    if (pairs) {
                        second = Arrays.copyOf(second, 2 * n);
                    }
                }
                first[n] = x;
                if (pairs) {
                    second[n] = y;
                }
                n++;
            }
        }

        ConfigurationSample snapshot() {
            return new ConfigurationSample(label, Arrays.copyOf(first, n), pairs ? Arrays.copyOf(second, n) : null,
                    undefined);
        }
    }
}
