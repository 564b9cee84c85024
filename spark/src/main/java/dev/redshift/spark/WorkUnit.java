package dev.redshift.spark;

import java.io.Serializable;

/**
 * One task's work: networks {@code first .. first+count−1} of one sampled configuration of a claim. It carries
 * the spec itself, so that an executor rebuilds the configuration on its own and nothing from DJL travels.
 *
 * @param spec the claim's spec file (its text and how it is named, which seeds depend on)
 * @param claim the claim's name in the file
 * @param configuration index in the plan's sampled configurations
 * @param label the configuration's label as the driver built it, checked on the executor
 * @param seed the configuration's seed as the driver built it, checked on the executor
 * @param device cpu, gpu or auto
 * @param first the first network
 * @param count how many
 */
public record WorkUnit(SpecText spec, String claim, int configuration, String label, long seed, String device,
        long first, int count) implements Serializable {

    /** The same unit for networks {@code first .. first+count−1}. */
    public WorkUnit covering(long first, int count) {
        return new WorkUnit(spec, claim, configuration, label, seed, device, first, count);
    }

    /** "configuration 'weightScale 4', networks 0–99" for errors. */
    public String describe() {
        return "claim '" + claim + "', configuration '" + label + "', networks " + first + "–" + (first + count - 1);
    }
}
