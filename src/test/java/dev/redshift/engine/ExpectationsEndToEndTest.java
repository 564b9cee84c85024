package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Every expectation, end to end on real networks, on cheap configurations whose truth is known: a configuration
 * compared with itself (same distribution), tanh MLPs whose LZ complexity rises steeply from weight scale 1 to 16
 * (DESIGN §2, the paper's Fig. 4), levels listed in reverse for a falling trend, and the range LZ78 can take on a
 * 16×16 grid. Unlike the paper battery this test gates the build: every claim must reach exactly its verdict.
 */
class ExpectationsEndToEndTest {

    private static final String SPEC = """
            spec: Expectations with known truth
            defaults:
              with: { depth: 2, width: 16, activation: tanh }
              measure: lz
              grid: 16
              samples: { min: 16, max: 96 }
              seed: 20
            claims:
              - claim: invariant holds for a configuration against itself
                compare: [ { activation: relu }, { activation: relu } ]
                expect: invariant
                margin: 25%
              - claim: invariant fails across a steep trend
                vary: { weightScale: [1, 16] }
                expect: invariant
                margin: 5%
              - claim: increasing holds from scale 1 to 16
                vary: { weightScale: [1, 4, 16] }
                expect: increasing
              - claim: increasing fails from scale 16 to 1
                vary: { weightScale: [16, 4, 1] }
                expect: increasing
              - claim: decreasing holds from scale 16 to 1
                vary: { weightScale: [16, 4, 1] }
                expect: decreasing
              - claim: decreasing fails from scale 1 to 16
                vary: { weightScale: [1, 4, 16] }
                expect: decreasing
              - claim: less holds for scale 1 against 16
                compare: [ { weightScale: 1 }, { weightScale: 16 } ]
                expect: less
              - claim: greater fails for scale 1 against 16
                compare: [ { weightScale: 1 }, { weightScale: 16 } ]
                expect: greater
              - claim: equivalent holds for a configuration against itself
                compare: [ { activation: relu }, { activation: relu } ]
                expect: equivalent
                margin: 25%
              - claim: equivalent fails across a steep trend
                compare: [ { weightScale: 1 }, { weightScale: 16 } ]
                expect: equivalent
                margin: 5%
              - claim: within holds inside the range of LZ78 on 256 symbols
                expect: { within: [1, 256] }
              - claim: within fails far below every network
                expect: { within: [0, 1] }
              - claim: correlated holds for LZ78 and LZ76 across scales
                over: [ { weightScale: 1 }, { weightScale: 16 } ]
                measures: [lz, lz76]
                expect: { correlated: 0.5 }
            """;

    @TempDir
    Path dir;

    @Test
    void everyExpectationReachesItsKnownVerdict() throws IOException {
        Path file = dir.resolve("expectations.yaml");
        Files.writeString(file, SPEC);
        EngineExecutionResults r = EngineTestKit.engine(RedshiftTestEngine.ID).selectors(selectFile(file.toFile()))
                .execute();
        Map<String, Status> status = new LinkedHashMap<>();
        r.testEvents().finished().stream().forEach(e -> status.put(e.getTestDescriptor().getDisplayName(),
                e.getPayload(TestExecutionResult.class).orElseThrow().getStatus()));
        Map<String, Status> expected = new LinkedHashMap<>();
        SPEC.lines().filter(l -> l.contains("- claim: ")).map(l -> l.substring(l.indexOf(": ") + 2))
                .forEach(name -> expected.put(name, name.contains(" holds ") ? Status.SUCCESSFUL : Status.FAILED));
        assertThat(expected).hasSize(13);
        assertThat(status).containsExactlyEntriesOf(expected);
    }
}
