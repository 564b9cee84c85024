package dev.redshift.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another process writes the cache while this one does, and is killed with SIGKILL mid-write: what remains is
 * whole batches, each network's values exactly as written, and the database passes SQLite's integrity check.
 */
class KilledWriterTest {

    @TempDir
    Path dir;

    /** The values of network {@code idx} of configuration {@code seed}: known to both processes. */
    static StoredNetwork network(long seed, long idx) {
        return new StoredNetwork(new double[] {seed * 1000.0 + idx, idx % 11 == 0 ? Double.NaN : -idx / 3.0},
                idx % 13 == 5);
    }

    static SampleKey key(long seed) {
        return new SampleKey("test", "writer", "{}", "none", "[a, b]", 16, seed, "cpu");
    }

    /** Writes batches of 50 networks, configuration after configuration, until it is killed. */
    public static void main(String[] args) {
        long offset = Long.parseLong(args[1]);
        try (SampleStore store = SampleStore.open(Path.of(args[0]))) {
            for (long seed = offset; ; seed++) {
                for (long first = 0; first < 500; first += 50) {
                    StoredNetwork[] rows = new StoredNetwork[50];
                    for (int k = 0; k < rows.length; k++) {
                        rows[k] = network(seed, first + k);
                    }
                    store.write(key(seed), first, rows);
                }
            }
        }
    }

    @Test
    void aWriterKilledMidRunLeavesOnlyWholeIntactBatches() throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                KilledWriterTest.class.getName(), dir.toString(), "1000000").redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        try (SampleStore store = SampleStore.open(dir)) {
            // this process writes its own configurations meanwhile, both through SQLite's file locks
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            long seed = 0;
            // until the child is well into its writing: its third configuration has begun
            while (store.read(key(1_000_002), 0, 500, 2).isEmpty() && System.nanoTime() < deadline
                    && child.isAlive()) {
                for (long first = 0; first < 500; first += 50) {
                    StoredNetwork[] rows = new StoredNetwork[50];
                    for (int k = 0; k < rows.length; k++) {
                        rows[k] = network(seed, first + k);
                    }
                    store.write(key(seed), first, rows);
                }
                seed++;
            }
            assertThat(child.isAlive()).as(Files.readString(dir.resolve("child.log"))).isTrue();
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, possibly mid-transaction
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (SampleStore store = SampleStore.open(dir)) {
            long checked = 0;
            long fromChild = 0;
            for (long seed : new long[] {0, 1, 1_000_000, 1_000_001, 1_000_002, 1_000_003}) {
                Map<Long, StoredNetwork> stored = store.read(key(seed), 0, 500, 2);
                assertThat(stored.size() % 50).as("whole batches of configuration %d", seed).isZero();
                for (Map.Entry<Long, StoredNetwork> e : stored.entrySet()) {
                    StoredNetwork expected = network(seed, e.getKey());
                    assertThat(e.getValue().nonFinite()).isEqualTo(expected.nonFinite());
                    assertThat(java.util.Arrays.equals(e.getValue().values(), expected.values())).isTrue();
                    checked++;
                    fromChild += seed >= 1_000_000 ? 1 : 0;
                }
            }
            assertThat(checked).isGreaterThan(500);
            assertThat(fromChild).as("networks the killed process committed").isGreaterThanOrEqualTo(1000);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("damaged"));
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SampleStore.FILE));
                java.sql.Statement s = c.createStatement(); var r = s.executeQuery("PRAGMA integrity_check")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("ok");
        }
    }
}
