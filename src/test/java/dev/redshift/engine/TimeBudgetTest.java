package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code redshift.timeBudget}: with time enough the scheduler takes each claim through the looks a fixed budget
 * takes, so verdicts and networks are the same; with almost none every claim still gets its minimum and stops there.
 */
class TimeBudgetTest {

    private static final Path FILE = Path.of("target", "time-budget-test", "budget.yaml");
    private static final Path AUTO = Path.of("target", "time-budget-test", "auto.yaml");

    @BeforeAll
    static void writeTheSpec() throws IOException {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, """
                spec: Time budget
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
                  - claim: ReLU is more complex than itself
                    compare: [ { activation: relu }, { activation: relu } ]
                    samples: { min: 8, max: 200 }
                    expect: greater
                """);
    }

    @AfterAll
    static void removeTheSpec() throws IOException {
        Files.deleteIfExists(FILE);
        Files.deleteIfExists(AUTO);
    }

    /** Claim name → "VERDICT networks" from the evidence each claim published. */
    private static Map<String, String> verdicts(String budget) {
        return verdicts(budget, "off", false);
    }

    private static Map<String, String> verdicts(String budget, String cache, boolean resume) {
        return verdicts(FILE, budget, cache, resume);
    }

    private static Map<String, String> verdicts(Path file, String budget, String cache, boolean resume) {
        var kit = EngineTestKit.engine(RedshiftTestEngine.ID).configurationParameter("redshift.cache", cache)
                .configurationParameter("redshift.console", "quiet")
                .configurationParameter(RunRecord.RESUME, String.valueOf(resume));
        if (budget != null) {
            kit = kit.configurationParameter(BudgetedClaims.TIME_BUDGET, budget);
        }
        EngineExecutionResults results = kit.selectors(selectFile(file.toFile())).execute();
        Map<String, String> out = new TreeMap<>();
        results.allEvents().reportingEntryPublished().stream().forEach(e -> {
            Map<String, String> entry = e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs();
            out.put(e.getTestDescriptor().getDisplayName(), entry.get("redshift.verdict") + " "
                    + entry.get("redshift.networks"));
        });
        return out;
    }

    @Test
    void withTimeEnoughTheScheduledRunEqualsTheFixedOne() {
        Map<String, String> fixed = verdicts(null);
        assertThat(fixed).hasSize(2);
        assertThat(verdicts("10m")).isEqualTo(fixed);
    }

    @Test
    void aResumedRunContinuesEachClaimFromTheNetworksItHad(@org.junit.jupiter.api.io.TempDir Path cache)
            throws IOException {
        Map<String, String> fixed = verdicts(null);
        Map<String, String> first = verdicts("0.001", cache.toString(), false);
        assertThat(first).containsEntry("ReLU is more complex than itself", "INCONCLUSIVE 8");
        assertThat(Files.readString(cache.resolve(RunRecord.FILE))).contains("#ReLU is more complex than itself#")
                .contains("\tINCONCLUSIVE\t8\n");
        // the second run's first look reads the 8 networks back from the cache and goes on to the same end
        assertThat(verdicts("10m", cache.toString(), true)).isEqualTo(fixed);
        assertThat(Files.readString(cache.resolve(RunRecord.FILE))).contains("\tINCONCLUSIVE\t200\n");
        // without a time budget too
        assertThat(verdicts(null, cache.toString(), true)).isEqualTo(fixed);
    }

    @Test
    void withoutTimeEveryClaimGetsItsMinimumAndNoMore() {
        Map<String, String> none = verdicts("0.001");
        assertThat(none).containsEntry("ReLU is more complex than itself", "INCONCLUSIVE 8");
        assertThat(none.get("Tanh LZ rises with weight scale")).endsWith(" 16");
    }

    @Test
    void aMaxAutoClaimGoesPastItsMaxOnlyUnderATimeBudget() throws IOException {
        // two configurations of the same networks' distribution: greater stays undecided, so only the cap stops it
        Files.writeString(AUTO, """
                spec: Time budget, max auto
                claims:
                  - claim: ReLU is more complex than itself
                    with: { depth: 2, width: 16, activation: relu }
                    compare: [ { weightScale: 1 }, { weightScale: 1 } ]
                    measure: lz
                    grid: 16
                    samples: { min: 8, max: auto, fixed: 16 }
                    seed: 11
                    expect: greater
                """);
        assertThat(verdicts(AUTO, null, "off", false)).containsEntry("ReLU is more complex than itself",
                "INCONCLUSIVE 16");
        String scheduled = verdicts(AUTO, "3s", "off", false).get("ReLU is more complex than itself");
        assertThat(scheduled).startsWith("INCONCLUSIVE ");
        assertThat(Integer.parseInt(scheduled.substring("INCONCLUSIVE ".length()))).isGreaterThan(16);
    }
}
