package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * What each verdict becomes in JUnit, observed through the events a launcher sees: type, message, source (file,
 * line and column) and the documented unique ID relative to the working directory, under both settings of
 * {@code redshift.inconclusive}.
 */
class VerdictMappingTest {

    /** Under the working directory, so that unique IDs and positions use the documented relative path. */
    private static final Path FILE = Path.of("target/verdict-mapping/mapping.yaml");
    private static final String KEY = "target/verdict-mapping/mapping.yaml";
    private static final String RISES = "Tanh LZ rises with weight scale";
    private static final String FALLS = "Tanh LZ falls with weight scale";
    private static final String ITSELF = "ReLU is more complex than itself";
    /** How every message that is not a PASS ends: the claim's seed, to draw the same networks again. */
    private static final String SEED = " \\[seed \\d+: add seed: \\d+ to the claim, without redshift.seed, to draw the"
            + " same networks\\]";
    private static final String SENTENCE = "weightScale 16 exceeds weightScale 1 by [0-9.]+ \\(95% bounds [0-9.]+ to"
            + " [0-9.]+\\) after \\d+ networks each" + SEED;
    private static final String UNDECIDED = "INCONCLUSIVE: .+ after 6 networks each — .+ would decide this and would"
            + " likely (PASS|FAIL)" + SEED;

    private static EngineExecutionResults aborted;
    private static EngineExecutionResults failed;

    @BeforeAll
    static void runTheSpecUnderBothSettings() throws IOException {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, """
                spec: Verdict mapping
                defaults:
                  with: { depth: 2, width: 16 }
                  measure: lz
                  grid: 16
                  samples: { min: 16, max: 64 }
                  seed: 11
                claims:
                  - claim: Tanh LZ rises with weight scale
                    with: { activation: tanh }
                    vary: { weightScale: [1, 16] }
                    expect: increasing
                  - claim: Tanh LZ falls with weight scale
                    with: { activation: tanh }
                    vary: { weightScale: [1, 16] }
                    expect: decreasing
                  - claim: ReLU is more complex than itself
                    compare: [ { activation: relu }, { activation: relu } ]
                    samples: { min: 4, max: 6 }
                    expect: greater
                """);
        aborted = EngineTestKit.engine(RedshiftTestEngine.ID).selectors(selectFile(FILE.toFile())).execute();
        failed = EngineTestKit.engine(RedshiftTestEngine.ID).configurationParameter("redshift.inconclusive", "failed")
                .selectors(selectFile(FILE.toFile())).execute();
    }

    @AfterAll
    static void removeTheSpec() throws IOException {
        Files.deleteIfExists(FILE);
    }

    private static UniqueId claimId(String name) {
        return UniqueId.forEngine("redshift").append("spec", KEY).append("claim", name);
    }

    private static Condition<Event> uniqueId(UniqueId id) {
        return new Condition<>(e -> e.getTestDescriptor().getUniqueId().equals(id), "unique ID %s", id);
    }

    private static Condition<Event> at(int line, int column) {
        File file = canonical(FILE.toFile());
        return new Condition<>(e -> e.getTestDescriptor().getSource()
                .filter(s -> s instanceof FileSource f && f.getFile().equals(file)
                        && f.getPosition().equals(java.util.Optional.of(FilePosition.from(line, column))))
                .isPresent(), "source %s:%d:%d", KEY, line, column);
    }

    private static Condition<Event> theFile() {
        File file = canonical(FILE.toFile());
        return new Condition<>(e -> e.getTestDescriptor().getSource().map(TestSource.class::cast)
                .filter(s -> s instanceof FileSource f && f.getFile().equals(file) && f.getPosition().isEmpty())
                .isPresent(), "source %s", KEY);
    }

    private static File canonical(File f) {
        try {
            return f.getCanonicalFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void passIsASuccessfulTestAtTheClaimsLineAndColumn() {
        for (EngineExecutionResults r : new EngineExecutionResults[] {aborted, failed}) {
            r.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName(RISES),
                    uniqueId(claimId(RISES)), at(9, 5), finishedSuccessfully()));
        }
    }

    @Test
    void failIsAFailedAssertionWhoseMessageIsTheEvidenceSentence() {
        for (EngineExecutionResults r : new EngineExecutionResults[] {aborted, failed}) {
            r.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName(FALLS),
                    uniqueId(claimId(FALLS)), at(13, 5), finishedWithFailure(instanceOf(AssertionFailedError.class),
                            message(m -> m.matches(SENTENCE)))));
        }
    }

    @Test
    void inconclusiveIsAbortedByDefaultAndFailedWhenConfigured() {
        aborted.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName(ITSELF),
                uniqueId(claimId(ITSELF)), at(17, 5), abortedWithReason(instanceOf(TestAbortedException.class),
                        message(m -> m.matches(UNDECIDED)))));
        failed.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName(ITSELF),
                uniqueId(claimId(ITSELF)), at(17, 5), finishedWithFailure(instanceOf(InconclusiveClaimError.class),
                        message(m -> m.matches(UNDECIDED)))));
        assertThat(aborted.testEvents().aborted().count()).isEqualTo(1);
        assertThat(failed.testEvents().aborted().count()).isZero();
        assertThat(failed.testEvents().failed().count()).isEqualTo(2);
    }

    @Test
    void theSpecFileIsAContainerWithItsFileAsSource() {
        UniqueId spec = UniqueId.forEngine("redshift").append("spec", KEY);
        aborted.containerEvents().assertThatEvents().haveExactly(1, event(container(), displayName("Verdict mapping"),
                uniqueId(spec), theFile(), finishedSuccessfully()));
        assertThat(aborted.testEvents().started().count()).isEqualTo(3);
        assertThat(aborted.testEvents().finished().count()).isEqualTo(3);
    }
}
