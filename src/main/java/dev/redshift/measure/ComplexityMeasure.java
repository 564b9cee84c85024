package dev.redshift.measure;

/**
 * A complexity measure of DESIGN §3. Implementations are immutable and safe to share between threads.
 */
public interface ComplexityMeasure {

    /** The name used in specs, CSV headers and JSON ({@code fourier}, {@code lz}, ...). */
    String name();

    /** Whether this measure is defined on the given kind of observation (e.g. Fourier needs a grid). */
    boolean accepts(Observation observation);

    /**
     * The complexity of one observation.
     *
     * @throws IllegalArgumentException if {@link #accepts(Observation)} is false for it
     */
    Complexity measure(Observation observation);
}
