package dev.redshift.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.MlpNetworks;
import dev.redshift.network.StackedParameter;
import dev.redshift.network.StandardActivation;
import dev.redshift.network.TorchRuntime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightKurtosisTest {

    @Test
    void evenlySpreadValuesHaveTheUniformKurtosis() {
        float[] v = new float[10001];
        for (int i = 0; i < v.length; i++) {
            v[i] = -1 + 2f * i / (v.length - 1);
        }
        assertThat(WeightKurtosis.kurtosis(v, 0, v.length)).isCloseTo(1.8, within(1e-3));
    }

    @Test
    void aFewLargeValuesRaiseIt() {
        float[] v = new float[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i % 2 == 0 ? 1 : -1) * 0.01f * (i % 7);
        }
        v[0] = 5;
        v[1] = -5;
        assertThat(WeightKurtosis.kurtosis(v, 0, v.length)).isGreaterThan(3);
    }

    @Test
    void equalValuesHaveNone() {
        assertThat(WeightKurtosis.kurtosis(new float[] {2, 2, 2}, 0, 3)).isNaN();
    }

    @Test
    void drawnNetworksHaveTheUniformKurtosisInEachMatrix() {
        MlpNetworks networks = new MlpNetworks(new MlpNetworks.Config(StandardActivation.RELU, 3, 64, 1, 1, 1, false,
                false, false, 2));
        try (NDManager m = TorchRuntime.newManager(ComputeDevice.CPU)) {
            List<StackedParameter> p = networks.initialParameters(m, 7, 0, 3);
            double[] k = WeightKurtosis.of(p, 3);
            for (double v : k) {
                // the 64-entry output row and 128-entry input matrix are small samples: a loose band around 1.8
                assertThat(v).isBetween(1.6, 2.1);
            }
        }
    }

    @Test
    void itIsARunMeasure() {
        assertThat(RunMeasure.parse("weight-kurtosis", MeasureOptions.DEFAULTS).kind())
                .isEqualTo(RunMeasure.Kind.WEIGHT_KURTOSIS);
        assertThat(RunMeasure.isRunOnly("weight-kurtosis")).isTrue();
    }
}
