package dev.redshift.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.eval.ComplexitySampler;
import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.Grid;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.eval.NetworkSampler;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.network.MlpNetworks;
import dev.redshift.network.StandardActivation;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache in front of a producer: hits, misses, partial ranges, damaged entries and concurrent writers. */
class CachedSamplerTest {

    private static final Grid GRID = new Grid(16, 2);
    private static final List<String> MEASURES = List.of("a", "b");
    private static final SampleKey KEY = new SampleKey("test", "fake", "{}", "none", "[a, b]", 16, 3, "cpu");

    @TempDir
    Path dir;

    /**
     * A producer whose network k has values (k + 0.5, −k) — NaN for b when k % 5 == 3 (an undefined measure) —
     * and is non-finite when k % 7 == 2; it records every range it is asked for.
     */
    private static final class Fake implements NetworkSampler {
        final List<long[]> asked = new ArrayList<>();

        @Override
        public EvaluationDomain domain() {
            return GRID;
        }

        @Override
        public synchronized MeasuredNetworks measure(long first, int count) {
            asked.add(new long[] {first, count});
            double[][] v = new double[2][count];
            boolean[] nonFinite = new boolean[count];
            for (int k = 0; k < count; k++) {
                long i = first + k;
                nonFinite[k] = i % 7 == 2;
                v[0][k] = nonFinite[k] ? Double.NaN : i + 0.5;
                v[1][k] = nonFinite[k] || i % 5 == 3 ? Double.NaN : -i;
            }
            return new MeasuredNetworks(first, MEASURES, v, java.util.Map.of(), nonFinite);
        }

        @Override
        public float[] evaluate(long first, int count) {
            float[] f = new float[count * GRID.pointCount()];
            for (int i = 0; i < f.length; i++) {
                f[i] = first + i * 0.25f;
            }
            return f;
        }

        @Override
        public void close() {
        }
    }

    private static void assertSame(MeasuredNetworks actual, MeasuredNetworks expected) {
        assertThat(actual.first()).isEqualTo(expected.first());
        assertThat(actual.measures()).isEqualTo(expected.measures());
        for (int m = 0; m < expected.values().length; m++) {
            for (int k = 0; k < expected.count(); k++) {
                assertThat(Double.doubleToRawLongBits(actual.values()[m][k]))
                        .as("measure %d network %d", m, k)
                        .isEqualTo(Double.doubleToRawLongBits(expected.values()[m][k]));
            }
        }
        assertThat(actual.nonFinite()).containsExactly(expected.nonFinite());
    }

    @Test
    void aSecondSamplerAnswersFromTheStoreWithoutCreatingItsProducer() {
        Fake producer = new Fake();
        try (SampleStore store = SampleStore.open(dir)) {
            MeasuredNetworks cold = new CachedSampler(store, KEY, MEASURES, GRID, () -> producer).measure(0, 30);
            assertThat(producer.asked).hasSize(1);
            boolean[] created = {false};
            CachedSampler warm = new CachedSampler(store, KEY, MEASURES, GRID, () -> {
                created[0] = true;
                return new Fake();
            });
            MeasuredNetworks hit = warm.measure(0, 30);
            assertThat(created[0]).isFalse();
            assertThat(warm.computed()).isZero();
            assertSame(hit, cold);
            assertSame(hit, new Fake().measure(0, 30));
        }
    }

    @Test
    void theNonFiniteMarkAndUndefinedValuesSurviveTheStoreExactly() {
        try (SampleStore store = SampleStore.open(dir)) {
            new CachedSampler(store, KEY, MEASURES, GRID, Fake::new).measure(0, 40);
            CachedSampler warm = new CachedSampler(store, KEY, MEASURES, GRID, Fake::new);
            MeasuredNetworks hit = warm.measure(0, 40);
            assertThat(hit.nonFiniteCount()).isEqualTo(6); // 2, 9, 16, 23, 30, 37
            assertThat(hit.nonFinite()[9]).isTrue();
            assertThat(hit.values()[1][3]).isNaN();
            assertThat(hit.nonFinite()[3]).isFalse();
            assertThat(warm.nonFiniteSoFar()).containsExactly(2L, 9L, 16L, 23L, 30L, 37L);
        }
    }

    @Test
    void aLongerSampleComputesOnlyTheNetworksNotStored() {
        Fake producer = new Fake();
        try (SampleStore store = SampleStore.open(dir)) {
            new CachedSampler(store, KEY, MEASURES, GRID, () -> producer).measure(0, 16);
            CachedSampler more = new CachedSampler(store, KEY, MEASURES, GRID, () -> producer);
            MeasuredNetworks all = more.measure(0, 48);
            assertThat(producer.asked).extracting(r -> r[0] + ":" + r[1]).containsExactly("0:16", "16:32");
            assertThat(more.computed()).isEqualTo(32);
            assertSame(all, new Fake().measure(0, 48));
            // a stretch in the middle of what is stored is all hits
            more.measure(10, 20);
            assertThat(producer.asked).hasSize(2);
        }
    }

    @Test
    void anotherKeyDoesNotSeeTheseValues() {
        Fake producer = new Fake();
        SampleKey other = new SampleKey("test", "fake", "{}", "none", "[a, b]", 16, 4, "cpu");
        try (SampleStore store = SampleStore.open(dir)) {
            new CachedSampler(store, KEY, MEASURES, GRID, Fake::new).measure(0, 8);
            new CachedSampler(store, other, MEASURES, GRID, () -> producer).measure(0, 8);
            assertThat(producer.asked).hasSize(1);
        }
    }

    @Test
    void anEntryWhoseBytesWereCutShortIsRecomputedNotRead() throws Exception {
        try (SampleStore store = SampleStore.open(dir)) {
            new CachedSampler(store, KEY, MEASURES, GRID, Fake::new).measure(0, 10);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SampleStore.FILE));
                Statement s = c.createStatement()) {
            // a half-written row, and a row whose bytes changed under an unchanged checksum
            s.executeUpdate("UPDATE networks SET data = substr(data, 1, 5) WHERE idx = 4");
            s.executeUpdate("UPDATE networks SET data = zeroblob(17) WHERE idx = 6");
        }
        Fake producer = new Fake();
        try (SampleStore store = SampleStore.open(dir)) {
            MeasuredNetworks again = new CachedSampler(store, KEY, MEASURES, GRID, () -> producer).measure(0, 10);
            assertThat(producer.asked).extracting(r -> r[0] + ":" + r[1]).containsExactly("4:3");
            assertSame(again, new Fake().measure(0, 10));
            // the recomputed rows were stored again
            Fake after = new Fake();
            new CachedSampler(store, KEY, MEASURES, GRID, () -> after).measure(0, 10);
            assertThat(after.asked).isEmpty();
        }
    }

    @Test
    void aTruncatedDatabaseFileIsMovedAsideAndItsValuesRecomputed() throws Exception {
        try (SampleStore store = SampleStore.open(dir)) {
            for (int k = 0; k < 40; k++) {
                SampleKey key = new SampleKey("test", "fake", "{}", "none", "[a, b]", 16, k, "cpu");
                new CachedSampler(store, key, MEASURES, GRID, Fake::new).measure(0, 200);
            }
        }
        Path file = dir.resolve(SampleStore.FILE);
        Files.deleteIfExists(dir.resolve(SampleStore.FILE + "-wal"));
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            assertThat(f.length()).isGreaterThan(8192);
            f.setLength(f.length() / 2); // as if the disk filled or a copy was cut mid-file
        }
        Fake producer = new Fake();
        try (SampleStore store = SampleStore.open(dir)) {
            MeasuredNetworks again = new CachedSampler(store, KEY, MEASURES, GRID, () -> producer).measure(0, 30);
            assertThat(producer.asked).hasSize(1);
            assertSame(again, new Fake().measure(0, 30));
            assertThat(store.info().networks()).isEqualTo(30);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("samples.db.damaged-"));
        }
    }

    @Test
    void twoWritersOnOneCacheAtOnceLeaveEveryValueIntact() throws Exception {
        // two stores are two connections with their own file locks, as two processes would have
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (SampleStore one = SampleStore.open(dir); SampleStore two = SampleStore.open(dir)) {
            List<Future<?>> runs = new ArrayList<>();
            for (SampleStore store : List.of(one, two)) {
                runs.add(pool.submit(() -> {
                    for (int k = 0; k < 20; k++) {
                        SampleKey key = new SampleKey("test", "fake", "{}", "none", "[a, b]", 16, k % 7, "cpu");
                        CachedSampler s = new CachedSampler(store, key, MEASURES, GRID, Fake::new);
                        for (int first = 0; first < 120; first += 40) {
                            assertSame(s.measure(first, 40), new Fake().measure(first, 40));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        try (SampleStore store = SampleStore.open(dir)) {
            assertThat(store.info().networks()).isEqualTo(7 * 120);
            for (int k = 0; k < 7; k++) {
                SampleKey key = new SampleKey("test", "fake", "{}", "none", "[a, b]", 16, k, "cpu");
                Fake producer = new Fake();
                assertSame(new CachedSampler(store, key, MEASURES, GRID, () -> producer).measure(0, 120),
                        new Fake().measure(0, 120));
                assertThat(producer.asked).isEmpty();
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SampleStore.FILE));
                Statement s = c.createStatement(); var r = s.executeQuery("PRAGMA integrity_check")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("ok");
        }
    }

    @Test
    void storedFunctionsComeBackAsComputed() {
        try (SampleStore store = SampleStore.open(dir)) {
            float[] cold = new CachedSampler(store, KEY, MEASURES, GRID, Fake::new).evaluate(0, 4);
            boolean[] created = {false};
            float[] warm = new CachedSampler(store, KEY, MEASURES, GRID, () -> {
                created[0] = true;
                return new Fake();
            }).evaluate(0, 4);
            assertThat(created[0]).isFalse();
            assertThat(warm).containsExactly(cold).containsExactly(new Fake().evaluate(0, 4));
        }
    }

    @Test
    void realNetworksGiveTheSameNumbersFromTheStoreAsComputed() {
        MlpNetworks networks = new MlpNetworks(MlpNetworks.Config.of(StandardActivation.TANH, 3, 32, 4));
        List<ComplexityMeasure> measures = MeasureCatalog.all(MeasureOptions.DEFAULTS);
        List<String> names = measures.stream().map(ComplexityMeasure::name).toList();
        MeasuredNetworks direct;
        try (ComplexitySampler s = new ComplexitySampler(networks, GRID, measures, 11, SamplerOptions.defaults())) {
            direct = s.measure(0, 24);
        }
        try (SampleStore store = SampleStore.open(dir)) {
            try (CachedSampler part = new CachedSampler(store, KEY, names, GRID,
                    () -> new ComplexitySampler(networks, GRID, measures, 11, SamplerOptions.defaults()))) {
                part.measure(0, 9); // a prefix, so that the rest is computed in another batch layout
            }
            try (CachedSampler rest = new CachedSampler(store, KEY, names, GRID,
                    () -> new ComplexitySampler(networks, GRID, measures, 11, SamplerOptions.defaults()))) {
                assertSame(rest.measure(0, 24), direct);
                assertThat(rest.computed()).isEqualTo(15);
            }
        }
    }
}
