package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

class TrainedClaimEngineTest {

    private static final String SPEC = """
            spec: Tiny trained claims
            defaults:
              with: { activation: relu, depth: 2, width: 16 }
              train: { task: modulo, N: 8, M: 8, steps: 60, lr: 0.02 }
              measure: train-accuracy
              grid: 16
              samples: { min: 4, max: 8 }
              seed: 5
            claims:
              - claim: A ReLU MLP fits its training points
                expect: { within: [0.8, 1.01] }          # an accuracy of 1 must count as inside
              - claim: It fits them no better than chance
                expect: { within: [0, 0.6] }
              - claim: Exploding weights diverge
                with: { weightScale: 1e36 }
                compare: [ { activation: relu }, { activation: tanh } ]
                measure: test-accuracy
                expect: less
            """;

    @TempDir
    Path dir;

    @Test
    void aTrainedClaimRunsThroughTheEngineAndDivergedRunsAreNamed() throws IOException {
        Path file = dir.resolve("tiny.yaml");
        Files.writeString(file, SPEC);
        EngineExecutionResults r = EngineTestKit.engine(RedshiftTestEngine.ID)
                .configurationParameter("redshift.inconclusive", "failed").selectors(selectFile(file.toFile()))
                .execute();
        Map<String, TestExecutionResult.Status> statuses = new java.util.LinkedHashMap<>();
        Map<String, String> messages = new java.util.LinkedHashMap<>();
        r.testEvents().finished().stream().forEach(e -> {
            TestExecutionResult result = e.getPayload(TestExecutionResult.class).orElseThrow();
            statuses.put(e.getTestDescriptor().getDisplayName(), result.getStatus());
            messages.put(e.getTestDescriptor().getDisplayName(),
                    result.getThrowable().map(Throwable::getMessage).orElse(""));
        });
        assertThat(statuses).as(messages.toString()).containsEntry("A ReLU MLP fits its training points", TestExecutionResult.Status.SUCCESSFUL)
                .containsEntry("It fits them no better than chance", TestExecutionResult.Status.FAILED)
                .containsEntry("Exploding weights diverge", TestExecutionResult.Status.FAILED);
        List<Map<String, String>> entries = r.testEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()).toList();
        Map<String, String> fits = entries.get(0);
        assertThat(fits.get("redshift.measure")).isEqualTo("train-accuracy");
        assertThat(Double.parseDouble(fits.get("redshift.estimate"))).isGreaterThan(0.8);
        // every run of one configuration diverged: more than a claim may leave out, so it is not decided
        assertThat(messages.get("Exploding weights diverge")).endsWith("tiny.yaml:14:5: 4 of 4 networks of activation"
                + " relu gave non-finite outputs (float32 overflow or NaN); keeping pairs leaves out 4 of 4 networks of"
                + " every configuration, more than the 10% a claim may leave out, so it is not decided");
    }
}
