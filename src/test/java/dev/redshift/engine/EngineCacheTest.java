package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.redshift.cache.SampleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's {@code redshift.cache} setting. */
class EngineCacheTest {

    private static final String SPEC = EngineFixture.smallSpec("Engine cache", 16, 16, 3, EngineFixture.TANH_RISES);

    @TempDir
    Path dir;

    private long run(Path spec, String cache) {
        return EngineFixture.engine().configurationParameter(EngineSettings.CACHE, cache)
                .selectors(selectFile(spec.toFile()))
                .execute().testEvents().succeeded().count();
    }

    @Test
    void theEngineStoresItsNetworksInTheNamedDirectory() throws Exception {
        Path spec = Files.writeString(dir.resolve("e.yaml"), SPEC);
        assertThat(run(spec, dir.resolve("cache").toString())).isEqualTo(1);
        try (SampleStore store = SampleStore.open(dir.resolve("cache"))) {
            assertThat(store.info().configurations()).isEqualTo(2);
            assertThat(store.info().networks()).isPositive();
        }
    }

    @Test
    void offStoresNothingAndACacheThatCannotBeOpenedDoesNotStopTheRun() throws Exception {
        Path spec = Files.writeString(dir.resolve("e.yaml"), SPEC);
        assertThat(run(spec, "off")).isEqualTo(1);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(spec);
        }
        Path notADirectory = Files.writeString(dir.resolve("a-file"), "x");
        assertThat(run(spec, notADirectory.resolve("cache").toString())).isEqualTo(1);
    }

    @Test
    void theSettingReadsADirectoryOrOff() {
        assertThat(cacheSetting("off")).isNull();
        assertThat(cacheSetting(" /tmp/x ")).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void offIsOffAlsoWhenTheDefaultIsADirectory() {
        // check --no-cache passes "off"; outside the tests the default is ~/.cache/redshift, not off
        String before = System.getProperty(EngineSettings.CACHE);
        System.setProperty(EngineSettings.CACHE, dir.resolve("default").toString());
        try {
            assertThat(cacheSetting("off")).isNull();
            assertThat(cacheSetting("OFF ")).isNull();
            assertThat(EngineSettings.from(new MapConfigurationParameters(java.util.Map.of())).cache())
                    .isEqualTo(dir.resolve("default"));
        } finally {
            if (before == null) {
                System.clearProperty(EngineSettings.CACHE);
            } else {
                System.setProperty(EngineSettings.CACHE, before);
            }
        }
    }

    private static Path cacheSetting(String text) {
        return EngineSettings.from(new MapConfigurationParameters(java.util.Map.of(EngineSettings.CACHE, text))).cache();
    }
}
