package dev.redshift.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

import dev.redshift.engine.EngineSettings;
import dev.redshift.engine.RedshiftTestEngine;
import java.io.File;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Specs picked one by one through the JUnit Platform Launcher, as the ConsoleLauncher's {@code --select-file} and
 * IDEs pick them: a broken claim fails with its position beside a good spec that passes, and a spec that cannot be
 * read is a discovery issue naming its position (docs/junit.md).
 */
class LauncherSelectFileTest {

    private static final String FOLDER = "src/test/resources/faults/hostile/";

    /** Every result of running these specs through the Launcher, by display name. */
    private static Map<String, TestExecutionResult> launch(String severity, String... specs) {
        Map<String, TestExecutionResult> results = new ConcurrentHashMap<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                results.put(id.getDisplayName(), result);
            }
        };
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(java.util.Arrays.stream(specs).map(f -> selectFile(new File(FOLDER + f))).toList())
                .filters(includeEngines(RedshiftTestEngine.ID))
                .configurationParameter(EngineSettings.CACHE, "off")
                .configurationParameter(EngineSettings.DISCOVERY_ISSUE_SEVERITY, severity)
                .build(), listener);
        return results;
    }

    @Test
    void aBrokenClaimFailsWithItsPositionAndTheGoodSpecBesideItPasses() {
        Map<String, TestExecutionResult> results = launch("warning", "good.yaml", "negative-depth.yaml",
                "java-tag.yaml");
        assertThat(results).as("%s", results).containsKeys("ReLU LZ lies in a wide range", "below zero");
        assertThat(results.get("ReLU LZ lies in a wide range").getStatus())
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(results.get("below zero").getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(results.get("below zero").getThrowable().orElseThrow().getMessage())
                .contains(FOLDER + "negative-depth.yaml:4:20: depth must be at least 0, got -2");
    }

    @Test
    void anUnreadableSpecIsACriticalDiscoveryIssueNamingItsPosition() {
        // severity error (the default): the platform runs none of the engine's claims and says why
        Map<String, TestExecutionResult> results = launch("error", "good.yaml", "java-tag.yaml");
        assertThat(results).doesNotContainKey("ReLU LZ lies in a wide range");
        assertThat(results.values()).singleElement().satisfies(r -> {
            assertThat(r.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
            assertThat(r.getThrowable().orElseThrow().getMessage()).contains(FOLDER
                    + "java-tag.yaml:2:11: YAML tags are not part of the spec language, got '!!java.lang.Runtime'");
        });
    }
}
