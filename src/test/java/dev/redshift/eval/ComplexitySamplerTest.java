package dev.redshift.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.pytorch.jni.JniUtils;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.MlpNetworks;
import dev.redshift.network.StandardActivation;
import dev.redshift.network.TorchRuntime;
import org.junit.jupiter.api.Test;

class ComplexitySamplerTest {

    private static MeasuredNetworks sample(int batch, int threads, long seed, long first, int count) {
        MlpNetworks networks = new MlpNetworks(MlpNetworks.Config.of(StandardActivation.TANH, 3, 32, 4));
        try (ComplexitySampler sampler = new ComplexitySampler(networks, new Grid(32, 2),
                MeasureCatalog.all(MeasureOptions.DEFAULTS), seed,
                SamplerOptions.defaults().withBatchSize(batch).withMeasureThreads(threads))) {
            return sampler.measure(first, count);
        }
    }

    @Test
    void theSameSeedGivesTheSameNumbersWhateverTheBatchSizeOrThreadCount() {
        MeasuredNetworks a = sample(1, 1, 77, 0, 20);
        MeasuredNetworks b = sample(7, 2, 77, 0, 20);
        MeasuredNetworks c = sample(64, 4, 77, 0, 20);
        MeasuredNetworks d = sample(2, 3, 77, 0, 20);
        assertThat(b.values()).isDeepEqualTo(a.values());
        assertThat(c.values()).isDeepEqualTo(a.values());
        assertThat(d.values()).isDeepEqualTo(a.values());
    }

    @Test
    void theDefaultNetworkGivesTheSameOutputsAndValuesWhateverTheBatchSizeOrWorkerCount() {
        // The default shape (relu, depth 3, width 64, 64×64 grid) is the one tuned for speed: small batches, one
        // PyTorch thread per worker and the transposed output product must not change a single bit.
        MlpNetworks networks = new MlpNetworks(MlpNetworks.Config.of(StandardActivation.RELU, 3, 64, 1));
        float[] reference = defaultOutputs(networks, 1, 1);
        MeasuredNetworks measured = defaultMeasures(networks, 1, 1);
        for (int[] batchAndWorkers : new int[][] {{4, 2}, {5, 3}, {16, 2}}) {
            assertThat(defaultOutputs(networks, batchAndWorkers[0], batchAndWorkers[1])).containsExactly(reference);
            assertThat(defaultMeasures(networks, batchAndWorkers[0], batchAndWorkers[1]).values())
                    .isDeepEqualTo(measured.values());
        }
    }

    private static ComplexitySampler defaultSampler(MlpNetworks networks, int batch, int workers) {
        return new ComplexitySampler(networks, new Grid(64, 2), MeasureCatalog.all(MeasureOptions.DEFAULTS), 11,
                SamplerOptions.defaults().withBatchSize(batch).withMeasureThreads(workers));
    }

    private static float[] defaultOutputs(MlpNetworks networks, int batch, int workers) {
        try (ComplexitySampler sampler = defaultSampler(networks, batch, workers)) {
            return sampler.evaluate(3, 10);
        }
    }

    private static MeasuredNetworks defaultMeasures(MlpNetworks networks, int batch, int workers) {
        try (ComplexitySampler sampler = defaultSampler(networks, batch, workers)) {
            return sampler.measure(3, 10);
        }
    }

    @Test
    void workersLeaveThreadsThatSetNothingWithPyTorchsDefaultThreadCount() throws InterruptedException {
        TorchRuntime.describe(ComputeDevice.CPU); // loads the engine
        int before = intraOpThreadsOfANewThread();
        sample(4, 2, 1, 0, 8); // its workers run PyTorch on one thread each
        assertThat(intraOpThreadsOfANewThread()).isEqualTo(before);
    }

    private static int intraOpThreadsOfANewThread() throws InterruptedException {
        int[] threads = new int[1];
        Thread t = new Thread(() -> threads[0] = JniUtils.getNumThreads());
        t.start();
        t.join();
        return threads[0];
    }

    @Test
    void aLaterStretchOfTheSampleIsTheSameAsPartOfTheWhole() {
        MeasuredNetworks whole = sample(8, 2, 5, 0, 12);
        MeasuredNetworks tail = sample(3, 2, 5, 8, 4);
        for (int m = 0; m < whole.measures().size(); m++) {
            assertThat(tail.values()[m]).containsExactly(java.util.Arrays.copyOfRange(whole.values()[m], 8, 12));
        }
    }

    @Test
    void differentSeedsGiveDifferentNetworks() {
        assertThat(sample(8, 2, 1, 0, 4).of("lz")).isNotEqualTo(sample(8, 2, 2, 0, 4).of("lz"));
    }

    @Test
    void highDimensionalInputsAreReadAlongTheRandomTraversal() {
        MlpNetworks networks = new MlpNetworks(new MlpNetworks.Config(StandardActivation.RELU, 2, 16, 1, 1, 1,
                false, false, false, 10));
        EvaluationDomain domain = EvaluationDomain.forInputs(10, 16, 3);
        assertThat(domain).isInstanceOf(RandomTraversal.class);
        assertThat(domain.pointCount()).isEqualTo(256);
        try (ComplexitySampler sampler = new ComplexitySampler(networks, domain,
                java.util.List.of(MeasureCatalog.byName("lz", MeasureOptions.DEFAULTS)), 3, SamplerOptions.defaults())) {
            assertThat(java.util.Arrays.stream(sampler.measure(0, 5).of("lz")).min().orElseThrow()).isGreaterThan(1);
        }
    }

    @Test
    void theTraversalWalksFromEachCornerToTheNextInAClosedLoop() {
        RandomTraversal t = RandomTraversal.of(4, 3, 9);
        float[] p = t.points();
        float[] c = t.corners();
        for (int d = 0; d < 3; d++) {
            assertThat(p[d]).isEqualTo(c[d]);                               // starts at corner 0
            assertThat(p[4 * 3 + d]).isEqualTo(c[3 + d]);                   // segment 1 starts at corner 1
            assertThat(p[(15) * 3 + d]).isEqualTo(c[9 + d] + (c[d] - c[9 + d]) * 0.75f); // last point heads to corner 0
        }
    }
}
