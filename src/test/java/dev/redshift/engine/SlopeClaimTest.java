package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.redshift.eval.ComplexitySampler;
import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.NetworkParameters;
import dev.redshift.network.RandomNetworks;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecParser;
import dev.redshift.stats.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A {@code slope:} claim end to end on real networks, at a tiny scale. */
class SlopeClaimTest {

    private static final String SPEC = """
            spec: Slopes
            defaults:
              with: { depth: 2, width: 16 }
              measure: lz
              grid: 16
              samples: { min: 16, max: 48 }
              seed: 5
              slope: { weightScale: [1, 4, 16] }
            claims:
              - claim: Tanh LZ is more sensitive to weight magnitude than ReLU LZ
                compare: [ { activation: tanh }, { activation: relu } ]
                expect: greater
              - claim: Tanh LZ is less sensitive to weight magnitude than ReLU LZ
                compare: [ { activation: tanh }, { activation: relu } ]
                expect: less
            """;

    private static ClaimPlan plan(int claim) {
        return new SpecParser().parse("specs/slopes.yaml", SPEC).claims().get(claim).plan();
    }

    @Test
    void aTrueSensitivityClaimPassesAndItsReverseFails() {
        ClaimRunner runner = new ClaimRunner(SamplerOptions.defaults());
        assertThat(runner.run(plan(0), e -> { }).evidence().verdict()).isEqualTo(Verdict.PASS);
        assertThat(runner.run(plan(1), e -> { }).evidence().verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void slopeClaimsRunThroughTheJUnitEngineWithTheirVerdicts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("slopes.yaml");
        Files.writeString(file, SPEC);
        Map<String, TestExecutionResult.Status> status = new java.util.LinkedHashMap<>();
        EngineTestKit.engine(RedshiftTestEngine.ID).selectors(DiscoverySelectors.selectFile(file.toFile())).execute()
                .testEvents().finished().stream().forEach(e -> status.put(e.getTestDescriptor().getDisplayName(),
                        e.getPayload(TestExecutionResult.class).orElseThrow().getStatus()));
        assertThat(status).containsEntry("Tanh LZ is more sensitive to weight magnitude than ReLU LZ",
                TestExecutionResult.Status.SUCCESSFUL).containsEntry(
                "Tanh LZ is less sensitive to weight magnitude than ReLU LZ", TestExecutionResult.Status.FAILED);
    }

    @Test
    void eachSampleIsTheSlopeOfNetworkKAcrossTheLevelsInLogWeightScale() {
        ClaimPlan plan = plan(0);
        ClaimOutcome outcome = new ClaimRunner(SamplerOptions.defaults()).run(plan, e -> { });
        double[] tanhSlopes = outcome.values().get(0)[0];
        int n = tanhSlopes.length;
        assertThat(n).isGreaterThanOrEqualTo(16);
        // the same networks measured one level at a time, the slope by the textbook formula
        double[] levels = {1, 4, 16};
        double[][] lz = new double[levels.length][];
        for (int l = 0; l < levels.length; l++) {
            NetworkParameters p = NetworkParameters.resolve(NetworkFamilies.byId("mlp"),
                    Map.of("activation", "tanh", "depth", 2, "width", 16, "weightScale", levels[l]), 16);
            RandomNetworks networks = NetworkFamilies.byId("mlp").create(p);
            long seed = plan.configurations().get(0).seed();
            try (ComplexitySampler s = new ComplexitySampler(networks, EvaluationDomain.of(networks, 16, seed),
                    List.of(MeasureCatalog.byName("lz", MeasureOptions.DEFAULTS)), seed, SamplerOptions.defaults())) {
                lz[l] = s.measure(0, n).values()[0];
            }
        }
        double mx = (Math.log(1) + Math.log(4) + Math.log(16)) / 3;
        for (int k = 0; k < n; k++) {
            double my = (lz[0][k] + lz[1][k] + lz[2][k]) / 3;
            double sxy = 0;
            double sxx = 0;
            for (int l = 0; l < levels.length; l++) {
                sxy += (Math.log(levels[l]) - mx) * (lz[l][k] - my);
                sxx += (Math.log(levels[l]) - mx) * (Math.log(levels[l]) - mx);
            }
            assertThat(tanhSlopes[k]).as("network %d", k).isCloseTo(sxy / sxx, within(1e-9));
        }
    }
}
