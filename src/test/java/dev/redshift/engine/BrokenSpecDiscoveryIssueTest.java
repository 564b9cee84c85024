package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A spec file that cannot be parsed is a discovery issue at its file, line and column, not a test. */
class BrokenSpecDiscoveryIssueTest {

    private static final String GOOD = EngineFixture.smallSpec("Good claims", 16, 16, 5, """
              - claim: Tanh LZ stays below 10000
                expect: { within: [0, 10000] }
            """);

    @TempDir
    Path dir;

    @BeforeEach
    void specs() throws IOException {
        Files.createDirectories(dir.resolve("specs"));
        Files.writeString(dir.resolve("specs/a-syntax.yaml"), "spec: [oops\n");
        Files.writeString(dir.resolve("specs/b-good.yaml"), GOOD);
    }

    @Test
    void aBrokenSpecIsAnErrorIssueWithItsFileAndPositionAndTheOtherSpecsAreDiscovered() {
        EngineDiscoveryResults r = EngineTestKit.discover(RedshiftTestEngine.ID, LauncherDiscoveryRequestBuilder
                .request().selectors(selectDirectory(dir.resolve("specs").toFile())).build());
        DiscoveryIssue issue = r.getDiscoveryIssues().stream().filter(i -> i.message().contains("a-syntax.yaml"))
                .findFirst().orElseThrow();
        assertThat(r.getDiscoveryIssues()).hasSize(1);
        assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.ERROR);
        assertThat(issue.message()).endsWith("a-syntax.yaml:2:1: not valid YAML"
                + issue.message().substring(issue.message().indexOf("not valid YAML") + "not valid YAML".length()));
        FileSource source = (FileSource) issue.source().orElseThrow();
        assertThat(source.getFile()).isEqualTo(dir.resolve("specs/a-syntax.yaml").toFile());
        assertThat(source.getPosition()).contains(FilePosition.from(2, 1));
        assertThat(issue.cause()).isPresent();
        assertThat(r.getEngineDescriptor().getDescendants()).filteredOn(TestDescriptor::isTest)
                .extracting(TestDescriptor::getDisplayName).containsExactly("Tanh LZ stays below 10000");
    }

    @Test
    void asAnErrorItStopsTheEngineWithTheIssueListedAsThePlatformDoesForCriticalIssues() {
        EngineExecutionResults r = kit().execute();
        assertThat(r.testEvents().started().count()).isZero();
        String failure = r.containerEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()
                        .getMessage()).findFirst().orElseThrow();
        assertThat(failure).contains("critical issue", "a-syntax.yaml:2:1: not valid YAML");
    }

    @Test
    void asAWarningTheOtherSpecsStillRun() {
        EngineExecutionResults r = kit().configurationParameter(EngineSettings.DISCOVERY_ISSUE_SEVERITY, "warning")
                .execute();
        assertThat(r.testEvents().succeeded().list()).extracting(e -> e.getTestDescriptor().getDisplayName())
                .containsExactly("Tanh LZ stays below 10000");
        assertThat(r.containerEvents().failed().count()).isZero();
    }

    @Test
    void anUnknownSeverityIsOneLineNamingTheKeyAndWhatItAllows() {
        List<String> allowed = List.of("error", "warning");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> EngineSettings.from(
                new MapConfigurationParameters(java.util.Map.of(EngineSettings.DISCOVERY_ISSUE_SEVERITY, "fatal")))))
                .hasMessage(EngineSettings.DISCOVERY_ISSUE_SEVERITY + " must be " + String.join(" or ", allowed)
                        + ", got 'fatal'");
    }

    private EngineTestKit.Builder kit() {
        return EngineFixture.engine().configurationParameter(EngineSettings.CACHE, "off")
                .selectors(selectDirectory(dir.resolve("specs").toFile()));
    }
}
