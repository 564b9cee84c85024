package dev.redshift.network;

import java.util.List;
import java.util.Locale;

/**
 * How an MLP's weights are drawn (DESIGN §9, {@code mlp.weightDistribution}; the paper's §2: "similar findings
 * with other distributions (Gaussian, uniform-ball, long-tailed)"). Every distribution has the variance of §2's
 * U(−s, s), s²/3, so a weight scale means the same under each; biases stay U(−1, 1)·biasScale.
 */
public enum WeightDistribution {
    /** U(−s, s) for every weight (§2, the default). */
    UNIFORM("uniform"),
    /** N(0, s²/3). */
    GAUSSIAN("gaussian"),
    /**
     * Each neuron's incoming weight vector (one column of W, fan_in values) uniform in the fan_in-ball of radius
     * s·sqrt((fan_in + 2)/3): a coordinate of a point uniform in a d-ball of radius R has variance R²/(d + 2).
     */
    BALL("ball"),
    /** Student's t with 3 degrees of freedom (variance 3), times s/3: long-tailed, variance s²/3. */
    STUDENT_T("student-t");

    private final String id;

    WeightDistribution(String id) {
        this.id = id;
    }

    /** The name in specs and on the command line. */
    public String id() {
        return id;
    }

    /** Every name, default first. */
    public static List<String> ids() {
        return java.util.Arrays.stream(values()).map(WeightDistribution::id).toList();
    }

    /**
     * The distribution called {@code text}.
     *
     * @throws IllegalArgumentException listing the allowed names
     */
    public static WeightDistribution parse(String text) {
        String given = text.trim().toLowerCase(Locale.ROOT);
        for (WeightDistribution d : values()) {
            if (d.id.equals(given)) {
                return d;
            }
        }
        throw new IllegalArgumentException("weightDistribution must be one of " + String.join(", ", ids())
                + ", got '" + text + "'");
    }

    /**
     * Fills one network's weight matrix, row-major (fan_in, fan_out) from {@code offset}, so that each weight has
     * the variance of U(−bound, bound). The uniform draw takes one value per weight in storage order, as §2's
     * sampler always has.
     */
    void fill(NetworkRandom random, float[] target, int offset, int fanIn, int fanOut, double bound) {
        int length = fanIn * fanOut;
        switch (this) {
            case UNIFORM -> {
                for (int k = 0; k < length; k++) {
                    target[offset + k] = random.symmetric(bound);
                }
            }
            case GAUSSIAN -> {
                double sd = bound / Math.sqrt(3);
                for (int k = 0; k < length; k++) {
                    target[offset + k] = (float) (sd * random.gaussian());
                }
            }
            case STUDENT_T -> {
                for (int k = 0; k < length; k++) {
                    target[offset + k] = (float) (bound / 3 * studentT3(random));
                }
            }
            case BALL -> {
                double radius = bound * Math.sqrt((fanIn + 2) / 3.0);
                double[] direction = new double[fanIn];
                for (int j = 0; j < fanOut; j++) {
                    double norm2 = 0;
                    for (int i = 0; i < fanIn; i++) {
                        direction[i] = random.gaussian();
                        norm2 += direction[i] * direction[i];
                    }
                    // radius R·U^(1/d) makes the point uniform in the ball, not on its shell
                    double r = radius * Math.pow(random.uniform(0, 1), 1.0 / fanIn) / Math.sqrt(norm2);
                    for (int i = 0; i < fanIn; i++) {
                        target[offset + i * fanOut + j] = (float) (r * direction[i]);
                    }
                }
            }
            default -> throw new IllegalStateException(id);
        }
    }

    /** Z / sqrt(χ²₃ / 3): Student's t with 3 degrees of freedom. */
    private static double studentT3(NetworkRandom random) {
        double z = random.gaussian();
        double a = random.gaussian();
        double b = random.gaussian();
        double c = random.gaussian();
        return z / Math.sqrt((a * a + b * b + c * c) / 3);
    }
}
