package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * What identifies a claim, whichever way it is reached: its default seed (so the networks it draws), its tags for
 * JUnit's tag filters, and the seed a failing claim's message names.
 */
class ClaimIdentityTest {

    private static final String RESOURCE = "examples/seeded.yaml";
    /** SHA-256("A seeded spec#ReLU LZ is below sine LZ"), first 8 bytes, sign bit cleared (computed in Python). */
    private static final String SEED = "3484758493455578008";

    @TempDir
    Path dir;

    @Test
    void aClaimDrawsTheSameNetworksFromItsFolderItsFileAnotherDirectoryAndTheClassPath() throws IOException {
        String text = resource();
        Path folder = Files.createDirectories(dir.resolve("specs"));
        Files.writeString(folder.resolve("seeded.yaml"), text);
        Path elsewhere = Files.createDirectories(dir.resolve("other/checkout/specs")).resolve("renamed.yaml");
        Files.writeString(elsewhere, text);
        // under the working directory, a file is named by its relative path; outside it, by its absolute path
        Path underWorkingDirectory = Files.createDirectories(Path.of("target/claim-identity-test"))
                .resolve("seeded.yaml");
        Files.writeString(underWorkingDirectory, text);

        List<Map<String, String>> ways = List.of(
                evidence(selectDirectory(folder.toFile())),
                evidence(selectFile(elsewhere.toFile())),
                evidence(selectFile(underWorkingDirectory.toString())),
                evidence(selectClasspathResource(RESOURCE)));

        for (Map<String, String> way : ways) {
            assertThat(way.get("redshift.seed")).isEqualTo(SEED);
            assertThat(way).isEqualTo(ways.get(0));
        }
    }

    @Test
    void tagsGivenToAJavaClaimSelectItThroughJunitTagFilters() throws ClassNotFoundException {
        Class<?> claims = Class.forName("dev.redshift.examples.SoftsignClaims");
        EngineExecutionResults none = kit().selectors(selectClass(claims))
                .filters(TagFilter.includeTags("no-such-tag")).execute();
        assertThat(none.testEvents().started().count()).isZero();
        EngineExecutionResults excluded = kit().selectors(selectClass(claims))
                .filters(TagFilter.excludeTags("example")).execute();
        assertThat(excluded.testEvents().started().count()).isZero();
        EngineExecutionResults included = kit().selectors(selectClass(claims))
                .filters(TagFilter.includeTags("softsign")).execute();
        assertThat(included.testEvents().started().count()).isEqualTo(2);
    }

    @Test
    void aClaimThatDoesNotPassNamesTheSeedThatReproducesIt() throws IOException {
        Path spec = dir.resolve("fails.yaml");
        Files.writeString(spec, resource().replace("expect: less", "expect: greater"));
        EngineExecutionResults r = kit().selectors(selectFile(spec.toFile())).execute();
        String message = r.testEvents().failed().stream().findFirst().orElseThrow()
                .getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage();
        assertThat(message).endsWith("[seed " + SEED + ": add seed: " + SEED
                + " to the claim, without redshift.seed, to draw the same networks]");

        Path reseeded = dir.resolve("reseeded.yaml");
        Files.writeString(reseeded, resource().replace("expect: less", "expect: less\n    seed: " + SEED)
                .replace("spec: A seeded spec", "spec: Another title"));
        assertThat(evidence(selectFile(reseeded.toFile()))).isEqualTo(evidence(selectClasspathResource(RESOURCE)));
    }

    private static EngineTestKit.Builder kit() {
        return EngineTestKit.engine(RedshiftTestEngine.ID).configurationParameter("redshift.inconclusive", "failed")
                .configurationParameter("redshift.cache", "off");
    }

    private static Map<String, String> evidence(DiscoverySelector selector) {
        List<Map<String, String>> entries = kit().selectors(selector).execute().testEvents().reportingEntryPublished()
                .stream().map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()).toList();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static String resource() throws IOException {
        try (InputStream in = ClaimIdentityTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
