package dev.redshift.engine;

import dev.redshift.spec.ClaimPlan;
import dev.redshift.stats.Evidence;
import dev.redshift.stats.ReadingVerdicts;
import java.util.List;

/**
 * A claim after it ran.
 *
 * @param plan what was run
 * @param evidence the verdict and what it rests on
 * @param values per configuration, {@code [measure][network]} of every network drawn (NaN where undefined)
 * @param examples per configuration, the functions of its first networks on the grid (network-major, grid×grid
 *     values each), or an empty array when the networks are not read on a 2-D grid
 * @param seconds wall time
 * @param nonFinite per configuration, {@code [network]}: whether that network's outputs were not finite (its values
 *     are then NaN under every measure)
 * @param readings with {@code readings:}, the verdict under each reading of the measure ({@code evidence} is then
 *     their combination); null for a claim decided on its measure alone
 */
public record ClaimOutcome(ClaimPlan plan, Evidence evidence, List<double[][]> values, List<float[]> examples,
        double seconds, List<boolean[]> nonFinite, ReadingVerdicts readings) {

    /** An outcome decided on the claim's measure alone. */
    public ClaimOutcome(ClaimPlan plan, Evidence evidence, List<double[][]> values, List<float[]> examples,
            double seconds, List<boolean[]> nonFinite) {
        this(plan, evidence, values, examples, seconds, nonFinite, null);
    }

    /** An outcome whose networks all gave finite outputs. */
    public ClaimOutcome(ClaimPlan plan, Evidence evidence, List<double[][]> values, List<float[]> examples,
            double seconds) {
        this(plan, evidence, values, examples, seconds, values.stream()
                .map(v -> new boolean[v.length == 0 ? 0 : v[0].length]).toList());
    }

    /** How many example functions each configuration shows. */
    public static final int EXAMPLES = 4;

    /** Networks drawn over all configurations. */
    public long networks() {
        return values.stream().mapToLong(v -> v.length == 0 ? 0 : v[0].length).sum();
    }
}
