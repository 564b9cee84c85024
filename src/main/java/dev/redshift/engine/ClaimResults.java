package dev.redshift.engine;

import dev.redshift.stats.Evidence;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * What a verdict becomes in JUnit: PASS a successful test, FAIL a failed one with the evidence sentence as its
 * message, INCONCLUSIVE failed or aborted as {@code redshift.inconclusive} says, its message starting
 * {@code INCONCLUSIVE: }.
 */
final class ClaimResults {

    private ClaimResults() {
    }

    static TestExecutionResult of(Evidence e, InconclusiveOutcome inconclusive) {
        return switch (e.verdict()) {
            case PASS -> TestExecutionResult.successful();
            case FAIL -> TestExecutionResult.failed(new AssertionFailedError(e.sentence()));
            case INCONCLUSIVE -> inconclusive == InconclusiveOutcome.FAILED
                    ? TestExecutionResult.failed(new InconclusiveClaimError("INCONCLUSIVE: " + e.sentence()))
                    : TestExecutionResult.aborted(new TestAbortedException("INCONCLUSIVE: " + e.sentence()));
        };
    }
}
