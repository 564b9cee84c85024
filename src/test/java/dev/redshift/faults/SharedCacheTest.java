package dev.redshift.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code check} processes writing one sample cache at once leave a cache that a later run reads with the same
 * estimates as a run without the cache.
 */
class SharedCacheTest {

    private static final String SPEC = "src/test/resources/faults/hostile/good.yaml";

    @TempDir
    Path dir;

    @Test
    void twoProcessesWritingOneCacheAtOnceLeaveTheEstimatesOfARunWithoutIt() throws Exception {
        Path cache = dir.resolve("cache");
        List<Process> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            writers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "dev.redshift.cli.Main", "check", SPEC, "--cache",
                    cache.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("w" + w).toFile()).start());
        }
        for (Process p : writers) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        assertThat(estimate("--cache", cache.toString())).isEqualTo(estimate("--no-cache"));
    }

    private static String estimate(String... cacheFlags) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("check", SPEC));
        args.addAll(List.of(cacheFlags));
        assertThat(Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("estimate")).findFirst()
                .orElseThrow();
    }
}
