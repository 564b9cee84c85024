package dev.redshift.train;

import dev.redshift.network.ModAddFamily;
import dev.redshift.network.Parameter;
import java.util.List;

/**
 * The blog's training task on {@code modadd} networks (Jaburi &amp; Belrose 2025, after Power et al. 2022): the
 * inputs are all N² pairs (a, b), a-major (the order of the family's answer table), the label is (a + b) mod N,
 * a random {@code trainFraction} of the pairs, drawn from the run's seed, trains and the rest tests; softmax
 * cross-entropy over the N logits, a pair right when the arg-max class is its label. N is the network's
 * {@code modulus}: the spec fills {@code modulus} in from the family, and a different value is refused.
 *
 * <p>Defaults from the grokking literature the blog follows (Nanda et al. 2023, "Progress measures for
 * grokking via mechanistic interpretability"): 30% of the pairs train, AdamW with learning rate 0.001 and
 * decoupled weight decay 1.
 */
public final class ModAddTask extends DeclaredTask {

    /** The task's id. */
    public static final String ID = "modadd";
    /** Its parameter holding N, the family's modulus. */
    public static final String MODULUS = "modulus";

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.integer(MODULUS, 0, 0, "N, the network's modulus (0: taken from the network)"),
            Parameter.number("trainFraction", 0.3, 0, "share of the pairs that trains"));

    /** The task with its declared parameters and defaults. */
    public ModAddTask() {
        super(ID, PARAMETERS, 1000, 0.001);
    }

    @Override
    public String family() {
        return ModAddFamily.ID;
    }

    @Override
    public double defaultWeightDecay() {
        return 1;
    }

    @Override
    public TaskData create(TrainingSetup setup) {
        int n = setup.integer(MODULUS);
        if (n < 2) {
            // a block checked before the network is known: nothing to split yet
            return new PendingModulus();
        }
        double fraction = setup.number("trainFraction");
        int points = n * n;
        int train = (int) Math.round(fraction * points);
        if (train < 1 || train >= points) {
            throw new IllegalArgumentException("trainFraction " + fraction + " leaves " + train + " of " + points
                    + " pairs to train; it must leave at least one to train and one to test");
        }
        float[] inputs = new float[points * 2];
        float[] labels = new float[points];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int p = a * n + b;
                inputs[2 * p] = a;
                inputs[2 * p + 1] = b;
                labels[p] = (a + b) % n;
            }
        }
        return new SplitPoints(2, Objective.CROSS_ENTROPY, inputs, labels, train, null);
    }

    /** The data of a modadd block whose modulus the network has not yet given. */
    private static final class PendingModulus implements TaskData {

        @Override
        public int inputs() {
            return 2;
        }

        @Override
        public Objective objective() {
            return Objective.CROSS_ENTROPY;
        }

        @Override
        public RunData split(long seed, long run) {
            throw new IllegalStateException("task modadd needs the network's modulus before it splits pairs");
        }
    }
}
