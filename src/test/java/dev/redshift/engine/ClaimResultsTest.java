package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redshift.stats.Evidence;
import dev.redshift.stats.Interval;
import dev.redshift.stats.Verdict;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The verdict → JUnit mapping, without running a network (the engine tests run it end to end). */
class ClaimResultsTest {

    /** What every message that is not a PASS ends with, for a claim whose seed is 42. */
    private static final String SEED = " [seed 42: add seed: 42 to the claim, without redshift.seed, to draw the"
            + " same networks]";

    private static Evidence evidence(Verdict v) {
        return new Evidence(v, "greater", 0.95, "a − b", 1.5, new Interval(0.5, 2.5), 0, List.of(), 16, 2,
                OptionalInt.empty(), "a exceeds b by 1.5 (95% bounds 0.5 to 2.5) after 16 networks each");
    }

    @Test
    void passIsASuccessfulTestWhateverInconclusiveBecomes() {
        for (InconclusiveOutcome o : InconclusiveOutcome.values()) {
            TestExecutionResult r = ClaimResults.of(evidence(Verdict.PASS), 42, o);
            assertThat(r.getStatus()).isEqualTo(Status.SUCCESSFUL);
            assertThat(r.getThrowable()).isEmpty();
        }
    }

    @Test
    void failIsAFailedAssertionCarryingTheEvidenceSentenceAndTheSeed() {
        for (InconclusiveOutcome o : InconclusiveOutcome.values()) {
            TestExecutionResult r = ClaimResults.of(evidence(Verdict.FAIL), 42, o);
            assertThat(r.getStatus()).isEqualTo(Status.FAILED);
            assertThat(r.getThrowable()).containsInstanceOf(AssertionFailedError.class);
            assertThat(r.getThrowable().orElseThrow())
                    .hasMessage("a exceeds b by 1.5 (95% bounds 0.5 to 2.5) after 16 networks each" + SEED);
        }
    }

    @Test
    void inconclusiveIsAbortedOrFailedAsConfiguredAndSaysSo() {
        TestExecutionResult aborted = ClaimResults.of(evidence(Verdict.INCONCLUSIVE), 42, InconclusiveOutcome.ABORTED);
        assertThat(aborted.getStatus()).isEqualTo(Status.ABORTED);
        assertThat(aborted.getThrowable()).containsInstanceOf(TestAbortedException.class);
        assertThat(aborted.getThrowable().orElseThrow())
                .hasMessage("INCONCLUSIVE: a exceeds b by 1.5 (95% bounds 0.5 to 2.5) after 16 networks each" + SEED);
        TestExecutionResult failed = ClaimResults.of(evidence(Verdict.INCONCLUSIVE), 42, InconclusiveOutcome.FAILED);
        assertThat(failed.getStatus()).isEqualTo(Status.FAILED);
        assertThat(failed.getThrowable()).containsInstanceOf(InconclusiveClaimError.class);
        assertThat(failed.getThrowable().orElseThrow())
                .hasMessage("INCONCLUSIVE: a exceeds b by 1.5 (95% bounds 0.5 to 2.5) after 16 networks each" + SEED);
    }

    @Test
    void theInconclusiveSettingParsesItsTwoValuesAndNamesThemOtherwise() {
        assertThat(InconclusiveOutcome.parse("failed")).isEqualTo(InconclusiveOutcome.FAILED);
        assertThat(InconclusiveOutcome.parse(" ABORTED ")).isEqualTo(InconclusiveOutcome.ABORTED);
        assertThat(InconclusiveOutcome.FAILED).hasToString("failed");
        assertThat(InconclusiveOutcome.ABORTED).hasToString("aborted");
        assertThatThrownBy(() -> InconclusiveOutcome.parse("skip"))
                .hasMessage("redshift.inconclusive must be failed or aborted, got 'skip'");
    }
}
