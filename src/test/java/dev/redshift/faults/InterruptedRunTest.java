package dev.redshift.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code check} process sent SIGTERM part-way: it writes its reports with the claims not run marked so, says how
 * to go on and exits 143. Runs the command line in a process of its own, since only that takes over signals.
 */
class InterruptedRunTest {

    @TempDir
    Path dir;

    @Test
    void aTerminatedCheckWritesItsReportsSaysHowToGoOnAndExits143() throws Exception {
        Path cache = dir.resolve("cache");
        Path report = dir.resolve("report");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.redshift.cli.Main", "check",
                "src/test/resources/faults/never-decided.yaml", "--report", report.toString(), "--no-figures",
                "--cache", cache.toString(), "--junit-xml", report.resolve("junit.xml").toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            // the cache opens after the signal handlers are in place, just before the first claim samples
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(cache.resolve("samples.db")) && System.nanoTime() < until && p.isAlive()) {
                Thread.sleep(100);
            }
            Thread.sleep(1500);
            ProcessHandle.of(p.pid()).orElseThrow();
            new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        String stdout = read(out);
        String stderr = read(err);
        assertThat(p.exitValue()).as(stdout + stderr).isEqualTo(143);
        assertThat(stdout).contains("0 passed, 0 failed, 0 inconclusive, 2 not run (interrupted)")
                .contains("NOT RUN       ReLU LZ equals a hair-wider ReLU LZ within a hair");
        assertThat(stderr).contains("redshift: interrupted (SIGTERM)")
                .contains("keeps every network sampled so far; to go on: ")
                .contains("--junit-xml " + report.resolve("junit.xml") + " --resume");
        assertThat(read(report.resolve("replication/index.md"))).contains("2 claims not run (interrupted)")
                .contains("| ⚠ NOT RUN | ReLU LZ equals a hair-wider ReLU LZ within a hair");
        assertThat(read(report.resolve("junit.xml"))).contains("not run (interrupted)");
        assertThat(report.resolve("allure-results")).isNotEmptyDirectory();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
