package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redshift.cache.SampleStore;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.eval.NetworkSampler;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.spec.ClaimPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executor seam: a look asks once for every configuration's networks, and only values come back. */
class SampleExecutorTest {

    private static final String SPEC = EngineFixture.smallSpec("Seam", 16, 64, 11, """
              - claim: Tanh LZ does not depend on weight scale
                vary: { weightScale: [1, 1.05, 1.1] }
                expect: increasing
            """);

    @TempDir
    Path dir;

    private static ClaimPlan plan() {
        return EngineFixture.plan("specs/seam.yaml", SPEC, 0);
    }

    /** The in-process executor, recording each request it gets. */
    private static final class Recording implements SampleExecutor {
        final List<List<Slice>> requests = new ArrayList<>();

        @Override
        public ClaimWork open(ClaimPlan plan, IntFunction<NetworkSampler> local) {
            LocalExecutor.Work work = new LocalExecutor.Work(local);
            return new ClaimWork() {
                @Override
                public List<MeasuredNetworks> measure(List<Slice> slices) {
                    requests.add(List.copyOf(slices));
                    return work.measure(slices);
                }

                @Override
                public float[] evaluate(int configuration, long first, int count) {
                    return work.evaluate(configuration, first, count);
                }

                @Override
                public void close() {
                    work.close();
                }
            };
        }

        @Override
        public void close() {
        }
    }

    @Test
    void eachLookIsOneRequestForEveryConfigurationAndGivesTheInProcessValues() {
        Recording executor = new Recording();
        ClaimOutcome seam = new ClaimRunner(SamplerOptions.defaults(), null, executor).run(plan(), e -> { });
        ClaimOutcome plain = new ClaimRunner(SamplerOptions.defaults()).run(plan(), e -> { });

        assertThat(seam.evidence()).isEqualTo(plain.evidence());
        assertThat(seam.values()).usingRecursiveComparison().isEqualTo(plain.values());
        assertThat(executor.requests).hasSize(seam.evidence().looks());
        long next = 0;
        for (List<Slice> look : executor.requests) {
            assertThat(look).extracting(Slice::configuration).containsExactly(0, 1, 2);
            assertThat(look).extracting(Slice::first).containsOnly(next);
            assertThat(look.stream().map(Slice::count).distinct()).hasSize(1);
            next += look.get(0).count();
        }
        assertThat(next).isEqualTo(seam.evidence().networksPerConfiguration());
    }

    @Test
    void aLookAsksOnlyForTheNetworksTheCacheLacks() {
        try (SampleStore store = SampleStore.open(dir)) {
            new ClaimRunner(SamplerOptions.defaults(), store).run(plan(), e -> { });
            Recording executor = new Recording();
            ClaimOutcome warm = new ClaimRunner(SamplerOptions.defaults(), store, executor).run(plan(), e -> { });
            assertThat(executor.requests).isEmpty();
            assertThat(warm.evidence()).isEqualTo(new ClaimRunner(SamplerOptions.defaults()).run(plan(), e -> { })
                    .evidence());
        }
    }

    @Test
    void anExecutorNotOnTheClassPathIsOneLineNamingTheAvailableOnes() {
        EngineSettings spark = EngineSettings.from(new MapConfigurationParameters(Map.of(EngineSettings.EXECUTOR,
                "Spark", EngineSettings.SPARK_MASTER, "local[2]")));
        assertThat(spark.executor()).isEqualTo("spark");
        assertThat(spark.sparkMaster()).isEqualTo("local[2]");
        assertThatThrownBy(() -> SampleExecutors.start(spark)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redshift.executor 'spark' is not on the class path — available: local")
                .hasMessageContaining("redshift-spark.jar");
        assertThatThrownBy(() -> EngineSettings.from(new MapConfigurationParameters(Map.of(EngineSettings.EXECUTOR,
                "yarn")))).hasMessage("redshift.executor must be one of local, spark, got 'yarn'");
        assertThat(EngineSettings.from(new MapConfigurationParameters(Map.of())).executor()).isEqualTo("local");
    }
}
