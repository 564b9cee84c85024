package dev.redshift.train;

import dev.redshift.network.Parameter;
import java.util.List;

/**
 * DESIGN §8's {@code modulo} task: x ∈ {0..N−1}^d fed as 2x/(N−1) − 1, label 1 when (Σx mod M) &lt; M/2, else 0;
 * a random {@code trainFraction} of the N^d points, drawn from the run's seed, trains and the rest tests.
 * Point p lists its coordinates most significant first: p = x₁·N^(d−1) + … + x_d.
 */
public final class ModuloTask extends DeclaredTask {

    /** The task's id. */
    public static final String ID = "modulo";

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.integer("N", 16, 2, "values per coordinate"),
            Parameter.integer("M", 10, 2, "the modulus; the label's frequency"),
            Parameter.integer("d", 2, 1, "coordinates per point (network inputs)"),
            Parameter.number("trainFraction", 0.5, 0, "share of the points that trains"));

    /** The task with its declared parameters and defaults. */
    public ModuloTask() {
        super(ID, PARAMETERS, 3000, 0.001);
    }

    @Override
    public TaskData create(TrainingSetup setup) {
        int n = setup.integer("N");
        int m = setup.integer("M");
        int d = setup.integer("d");
        double fraction = setup.number("trainFraction");
        double total = Math.pow(n, d);
        if (total > 1 << 22) {
            throw new IllegalArgumentException("modulo with N = " + n + " and d = " + d + " has " + (long) total
                    + " points; at most 4194304 are supported");
        }
        int points = (int) total;
        int train = (int) Math.round(fraction * points);
        if (train < 1 || train >= points) {
            throw new IllegalArgumentException("trainFraction " + fraction + " leaves " + train + " of " + points
                    + " points to train; it must leave at least one to train and one to test");
        }
        float[] inputs = new float[points * d];
        float[] labels = new float[points];
        for (int p = 0; p < points; p++) {
            int rest = p;
            int sum = 0;
            for (int c = d - 1; c >= 0; c--) {
                int x = rest % n;
                rest /= n;
                sum += x;
                inputs[p * d + c] = (float) (2.0 * x / (n - 1) - 1);
            }
            labels[p] = sum % m < m / 2.0 ? 1 : 0;
        }
        return new SplitPoints(d, Objective.BINARY_LOGIT, inputs, labels, train, null);
    }
}
