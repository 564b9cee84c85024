package dev.redshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.engine.EngineFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --cache DIR | --no-cache} and the {@code cache info | clear} verb. */
class CacheCommandTest {

    private static final String SPEC = EngineFixture.smallSpec("Cache verb", 16, 16, 3, EngineFixture.TANH_RISES);

    @TempDir
    Path dir;

    private final ConsoleRun console = new ConsoleRun();

    private int run(String... args) {
        console.reset();
        return console.run(args);
    }

    private String out() {
        return console.stdout();
    }

    /** The claim's line and evidence, without the timing of the run. */
    private String verdictLines() {
        return out().lines().filter(l -> !l.startsWith("[redshift]")).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void aSecondCheckReadsTheCacheAndPrintsTheSameVerdictAndNumbers() throws Exception {
        Path spec = Files.writeString(dir.resolve("c.yaml"), SPEC);
        Path cache = dir.resolve("cache");
        int first = run("check", spec.toString(), "--cache", cache.toString());
        String cold = verdictLines();
        assertThat(run("cache", "info", "--cache", cache.toString())).isZero();
        assertThat(out()).contains("2 configurations");
        String stored = out().replaceAll("(?s).*configurations, ([0-9,]+) networks.*", "$1").trim();
        assertThat(Integer.parseInt(stored.replace(",", ""))).isPositive();
        assertThat(run("check", spec.toString(), "--cache", cache.toString())).isEqualTo(first);
        assertThat(verdictLines()).isEqualTo(cold).contains("Tanh LZ rises with weight magnitude");

        assertThat(run("cache", "clear", "--cache", cache.toString())).isZero();
        assertThat(out()).contains("cleared " + stored + " networks");
        run("cache", "info", "--cache", cache.toString());
        assertThat(out()).contains("0 configurations", "0 networks");
    }

    @Test
    void noCacheWritesNothing() throws Exception {
        Path spec = Files.writeString(dir.resolve("c.yaml"), SPEC);
        Path cache = dir.resolve("unused");
        run("check", spec.toString(), "--no-cache");
        assertThat(out()).contains("Tanh LZ rises with weight magnitude");
        assertThat(cache).doesNotExist();
        assertThat(run("check", spec.toString(), "--no-cache", "--cache", cache.toString())).isEqualTo(2);
        assertThat(console.stderr()).contains("--cache and --no-cache");
    }

    @Test
    void aMisspelledSubcommandNamesTheAllowedOnes() {
        assertThat(run("cache", "purge", "--cache", dir.toString())).isEqualTo(2);
        assertThat(console.stderr()).contains("expected info or clear");
    }
}
