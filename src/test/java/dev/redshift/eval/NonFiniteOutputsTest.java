package dev.redshift.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.network.MlpNetworks;
import dev.redshift.network.StandardActivation;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Networks that overflow float32 are marked by the sampler and never reach a measure. */
class NonFiniteOutputsTest {

    private static MeasuredNetworks sample(double weightScale, int batch, int count) {
        MlpNetworks networks = new MlpNetworks(MlpNetworks.Config.of(StandardActivation.RELU, 2, 16, weightScale));
        try (ComplexitySampler sampler = new ComplexitySampler(networks, new Grid(16, 2),
                MeasureCatalog.all(MeasureOptions.DEFAULTS), 3, SamplerOptions.defaults().withBatchSize(batch))) {
            return sampler.measure(0, count);
        }
    }

    @Test
    void networksThatAllOverflowAreMarkedNotMeasured() {
        MeasuredNetworks m = sample(1e30, 8, 20);
        assertThat(m.nonFiniteCount()).isEqualTo(20);
        for (double[] column : m.values()) {
            assertThat(Arrays.stream(column).boxed().toList()).allMatch(v -> v.isNaN());
        }
        assertThat(m.undefinedReasons()).isEmpty();
    }

    @Test
    void onlyTheNetworksThatOverflowAreMarkedWhateverTheBatchSize() {
        // relu, depth 2, width 16 at weight scale 7·10^12: outputs near 10^38, a few beyond float32's 3.4·10^38
        MeasuredNetworks a = sample(7e12, 5, 200);
        MeasuredNetworks b = sample(7e12, 64, 200);
        assertThat(a.nonFiniteCount()).isBetween(1, 20);
        assertThat(b.nonFinite()).isEqualTo(a.nonFinite());
        assertThat(Arrays.deepToString(b.values())).isEqualTo(Arrays.deepToString(a.values())); // NaN ≠ NaN
        for (int k = 0; k < a.count(); k++) {
            int network = k;
            assertThat(Arrays.stream(a.values()).map(v -> v[network]).toList()).as("network %d", k)
                    .allMatch(v -> a.nonFinite()[network] ? v.isNaN() : Double.isFinite(v));
        }
        assertThat(sample(1, 16, 50).nonFiniteCount()).isZero();
    }
}
