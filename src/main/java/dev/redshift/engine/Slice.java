package dev.redshift.engine;

/**
 * Networks {@code first .. first+count−1} of one sampled configuration of a claim: what a look asks an executor
 * for.
 *
 * @param configuration index in the plan's {@link dev.redshift.spec.ClaimPlan#sampled()} configurations
 * @param first the first network
 * @param count how many
 */
public record Slice(int configuration, long first, int count) {

    public Slice {
        if (configuration < 0 || first < 0 || count < 0) {
            throw new IllegalArgumentException("a slice needs a configuration, first and count ≥ 0, got "
                    + configuration + ", " + first + ", " + count);
        }
    }
}
