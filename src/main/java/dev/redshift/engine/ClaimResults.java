package dev.redshift.engine;

import dev.redshift.stats.Evidence;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * What a verdict becomes in JUnit: PASS a successful test, FAIL a failed one with the evidence sentence as its
 * message, INCONCLUSIVE failed or aborted as {@code redshift.inconclusive} says, its message starting
 * {@code INCONCLUSIVE: }. A message that is not a PASS ends with the claim's seed, so the run that showed it can be
 * repeated.
 */
final class ClaimResults {

    private ClaimResults() {
    }

    /**
     * @param e the claim's evidence
     * @param seed the seed the claim drew its networks from (after any override)
     * @param inconclusive what an INCONCLUSIVE claim becomes
     */
    static TestExecutionResult of(Evidence e, long seed, InconclusiveOutcome inconclusive) {
        String message = e.sentence() + seedClause(seed);
        return switch (e.verdict()) {
            case PASS -> TestExecutionResult.successful();
            case FAIL -> TestExecutionResult.failed(new AssertionFailedError(message));
            case INCONCLUSIVE -> inconclusive == InconclusiveOutcome.FAILED
                    ? TestExecutionResult.failed(new InconclusiveClaimError("INCONCLUSIVE: " + message))
                    : TestExecutionResult.aborted(new TestAbortedException("INCONCLUSIVE: " + message));
        };
    }

    /** Throws what {@link #of} fails or aborts with; returns for a PASS. */
    static void throwUnlessPassed(Evidence e, long seed, InconclusiveOutcome inconclusive) {
        Throwable t = of(e, seed, inconclusive).getThrowable().orElse(null);
        if (t instanceof Error error) {
            throw error;
        }
        if (t != null) {
            throw (RuntimeException) t;
        }
    }

    /** How to draw the same networks again: the seed as a claim's {@code seed:} takes it (no override set). */
    static String seedClause(long seed) {
        return " [seed " + seed + ": add seed: " + seed + " to the claim, without redshift.seed, to draw the same"
                + " networks]";
    }
}
