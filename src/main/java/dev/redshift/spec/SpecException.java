package dev.redshift.spec;

/** A mistake in a spec, reported as {@code file:line:column: message}. */
public final class SpecException extends RuntimeException {

    private final SourcePosition position;
    private final String problem;

    public SpecException(SourcePosition position, String problem) {
        super(position + ": " + problem);
        this.position = position;
        this.problem = problem;
    }

    /** Where the mistake is. */
    public SourcePosition position() {
        return position;
    }

    /** The mistake, without its position. */
    public String problem() {
        return problem;
    }
}
