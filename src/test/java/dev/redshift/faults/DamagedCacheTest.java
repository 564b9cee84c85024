package dev.redshift.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.cache.SampleStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A samples.db of random bytes is moved aside with one line saying where, and a fresh cache takes its place. */
class DamagedCacheTest {

    @TempDir
    Path dir;

    @Test
    void aRandomBytesCacheIsMovedAsideWithOneLineNamingWhere() throws Exception {
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        Files.write(dir.resolve(SampleStore.FILE), junk);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (SampleStore store = SampleStore.open(dir)) {
            assertThat(store.info().toString()).isNotEmpty();
        } finally {
            System.setErr(err);
        }
        Path aside;
        try (Stream<Path> files = Files.list(dir)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith(SampleStore.FILE + ".damaged-"))
                    .findFirst().orElseThrow();
        }
        assertThat(aside).hasBinaryContent(junk);
        String lines = captured.toString(StandardCharsets.UTF_8);
        assertThat(lines.lines()).hasSize(1);
        assertThat(lines).contains("is damaged").contains("moved aside to " + aside);
    }
}
