package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.hierarchical.ExclusiveResource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Claims on the platform's parallel executor: concurrent when nothing stands between them, one after the other
 * when they share an exclusive resource (a cached configuration, the GPU).
 */
class ParallelClaimsTest {

    /**
     * Two claims on different configurations, each a few hundred milliseconds of sampling, so a second worker has
     * long enough to take the other.
     */
    private static final String DISJOINT = EngineFixture.smallSpec("Two claims", 256, 256, 7, """
              - claim: Tanh LZ stays below 10000
                expect: { within: [0, 10000] }
              - claim: Sine LZ stays below 10000
                with: { activation: sin }
                expect: { within: [0, 10000] }
            """);

    /** The same two claims on one configuration: with a cache they must not compute it at the same time. */
    private static final String SHARED = DISJOINT.replace("    with: { activation: sin }\n", "");

    @TempDir
    Path dir;

    @Test
    void twoClaimsRunConcurrentlyOnThePlatformsPool() throws IOException {
        EngineExecutionResults r = run(DISJOINT, "off", Map.of(EngineSettings.PARALLEL_ENABLED, "true",
                EngineSettings.PARALLEL_CONFIG_PREFIX + "strategy", "fixed",
                EngineSettings.PARALLEL_CONFIG_PREFIX + "fixed.parallelism", "2"));
        assertThat(r.testEvents().succeeded().count()).isEqualTo(2);
        assertThat(overlap(r)).isTrue();
    }

    @Test
    void theParallelismAliasRunsThemConcurrentlyToo() throws IOException {
        EngineExecutionResults r = run(DISJOINT, "off", Map.of(EngineSettings.PARALLELISM, "2"));
        assertThat(r.testEvents().succeeded().count()).isEqualTo(2);
        assertThat(overlap(r)).isTrue();
    }

    @Test
    void claimsSharingACachedConfigurationRunOneAfterTheOther() throws IOException {
        EngineExecutionResults r = run(SHARED, dir.resolve("cache").toString(),
                Map.of(EngineSettings.PARALLELISM, "2"));
        assertThat(r.testEvents().succeeded().count()).isEqualTo(2);
        assertThat(overlap(r)).isFalse();
    }

    @Test
    void claimsOnDifferentCachedConfigurationsStillRunConcurrently() throws IOException {
        EngineExecutionResults r = run(DISJOINT, dir.resolve("cache").toString(),
                Map.of(EngineSettings.PARALLELISM, "2"));
        assertThat(r.testEvents().succeeded().count()).isEqualTo(2);
        assertThat(overlap(r)).isTrue();
    }

    @Test
    void claimsOnTheGpuOrACachedConfigurationDeclareTheirLocks() throws IOException {
        Path file = write(SHARED);
        List<Set<ExclusiveResource>> cached = locks(file, Map.of(EngineSettings.CACHE, dir.toString()));
        assertThat(cached.get(0)).hasSize(1).isEqualTo(cached.get(1));
        assertThat(cached.get(0).iterator().next().getKey()).startsWith(ClaimLocks.SAMPLES);
        assertThat(cached.get(0).iterator().next().getLockMode()).isEqualTo(ExclusiveResource.LockMode.READ_WRITE);

        assertThat(locks(file, Map.of(EngineSettings.CACHE, "off"))).containsOnly(Set.of());
        assertThat(locks(file, Map.of(EngineSettings.CACHE, "off", EngineSettings.DEVICE, "gpu")))
                .containsOnly(Set.of(new ExclusiveResource(ClaimLocks.GPU, ExclusiveResource.LockMode.READ_WRITE)));
    }

    @Test
    void autoTakesTheGpuLockOnlyWhereThereIsAGpu() throws IOException {
        Path file = write(SHARED);
        boolean gpu = dev.redshift.network.TorchRuntime.device(dev.redshift.network.ComputeDevice.AUTO).isGpu();
        assertThat(locks(file, Map.of(EngineSettings.CACHE, "off", EngineSettings.DEVICE, "auto")))
                .containsOnly(gpu ? Set.of(new ExclusiveResource(ClaimLocks.GPU, ExclusiveResource.LockMode.READ_WRITE))
                        : Set.of());
    }

    @Test
    void aBadParallelConfigurationIsOneLineNamingTheKey() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> EngineSettings.from(
                new MapConfigurationParameters(Map.of(EngineSettings.PARALLEL_ENABLED, "true",
                        EngineSettings.PARALLEL_CONFIG_PREFIX + "strategy", "greedy")))))
                .hasMessage("redshift.execution.parallel.config.strategy must be dynamic, fixed or custom, got"
                        + " 'greedy'");
    }

    private EngineExecutionResults run(String spec, String cache, Map<String, String> parameters)
            throws IOException {
        return EngineFixture.engine().configurationParameter(EngineSettings.CACHE, cache)
                .configurationParameters(parameters)
                .selectors(selectFile(write(spec).toFile())).execute();
    }

    private Path write(String spec) throws IOException {
        Path file = dir.resolve("claims.yaml");
        Files.writeString(file, spec);
        return file;
    }

    private static List<Set<ExclusiveResource>> locks(Path file, Map<String, String> parameters) {
        TestDescriptor root = EngineTestKit.discover(RedshiftTestEngine.ID, LauncherDiscoveryRequestBuilder.request()
                .selectors(selectFile(file.toFile())).configurationParameters(parameters).build())
                .getEngineDescriptor();
        return root.getDescendants().stream().filter(ClaimDescriptor.class::isInstance)
                .map(d -> ((ClaimDescriptor) d).getExclusiveResources()).toList();
    }

    /** Whether the two claims' runs overlapped in time: each started before the other finished. */
    private static boolean overlap(EngineExecutionResults r) {
        Map<String, Instant> started = times(r.testEvents().started().list());
        Map<String, Instant> finished = times(r.testEvents().finished().list());
        List<String> claims = List.copyOf(started.keySet());
        String a = claims.get(0);
        String b = claims.get(1);
        return started.get(a).isBefore(finished.get(b)) && started.get(b).isBefore(finished.get(a));
    }

    private static Map<String, Instant> times(List<Event> events) {
        return events.stream().collect(Collectors.toMap(e -> e.getTestDescriptor().getDisplayName(),
                Event::getTimestamp));
    }
}
