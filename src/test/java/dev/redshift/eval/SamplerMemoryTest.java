package dev.redshift.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.network.MlpNetworks;
import dev.redshift.network.StandardActivation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 100,000 networks in one run neither grow the heap nor native memory. Surefire runs tests on a fixed,
 * pre-touched heap (pom.xml) and each round ends with a collection, so resident growth after warm-up is
 * memory outside the Java heap: PyTorch tensors that were never freed would show here.
 */
class SamplerMemoryTest {

    private static final int ROUND = 10_000;

    @Test
    void aHundredThousandNetworksDoNotGrowMemory() throws IOException {
        MlpNetworks networks = new MlpNetworks(MlpNetworks.Config.of(StandardActivation.RELU, 2, 16, 1));
        try (ComplexitySampler sampler = new ComplexitySampler(networks, new Grid(8, 2),
                List.of(MeasureCatalog.byName("lz", MeasureOptions.DEFAULTS)), 1,
                SamplerOptions.defaults().withBatchSize(500))) {
            long next = 0;
            for (int warmUp = 0; warmUp < 5; warmUp++, next += ROUND) {
                sampler.measure(next, ROUND);
                usedHeap();
            }
            long rssAfterWarmUp = residentKiB();
            long heapAfterWarmUp = usedHeap();
            for (int round = 0; round < 10; round++, next += ROUND) {
                sampler.measure(next, ROUND);
                usedHeap();
            }
            long rssGrowthKiB = residentKiB() - rssAfterWarmUp;
            long heapGrowth = usedHeap() - heapAfterWarmUp;
            // one leaked 500-network batch of this MLP would be 500 × 64 points × 16 units × 4 B × 4 = 8 MiB
            assertThat(rssGrowthKiB).as("resident memory growth over 100,000 networks, KiB").isLessThan(16 * 1024);
            assertThat(heapGrowth).as("heap growth, bytes").isLessThan(8L << 20);
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        System.gc();
        return r.totalMemory() - r.freeMemory();
    }

    private static long residentKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
