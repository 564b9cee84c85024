package dev.redshift.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.redshift.eval.Grid;
import org.junit.jupiter.api.Test;

class FourierUnbiasedNetworksTest {

    @Test
    void hasAUnitPerNonZeroFrequencyVector() {
        assertThat(new FourierUnbiasedNetworks(32, 2, 1, 1).units()).isEqualTo(33 * 33 - 1);
        NetworkParameters p = NetworkParameters.resolve(new FourierUnbiasedFamily(), java.util.Map.of(), 16);
        assertThat(((FourierUnbiasedNetworks) new FourierUnbiasedFamily().create(p)).units()).isEqualTo(9 * 9 - 1);
    }

    @Test
    void computesASumOfSinesWithRandomPhasesAndWeights() {
        int k = 3;
        FourierUnbiasedNetworks networks = new FourierUnbiasedNetworks(k, 2, 2, 0.5);
        Grid grid = new Grid(8, 2);
        float[] points = grid.points();
        float[] out;
        try (NDManager m = TorchRuntime.newManager(ComputeDevice.CPU);
                NDArray x = m.create(points, new Shape(64, 2))) {
            out = networks.evaluate(m, x, 11, 4, 2);
        }
        int units = networks.units();
        for (int n = 0; n < 2; n++) {
            NetworkRandom r = NetworkRandom.of(11, 4 + n);
            double[] phase = new double[units];
            for (int u = 0; u < units; u++) {
                phase[u] = (float) r.uniform(-Math.PI, Math.PI);
            }
            double bound = 2 * Math.sqrt(6.0 / (units + 1));
            double[] w = new double[units];
            for (int u = 0; u < units; u++) {
                w[u] = r.symmetric(bound);
            }
            double b = r.symmetric(0.5);
            for (int p = 0; p < 64; p++) {
                double y = b;
                for (int u = 0; u < units; u++) {
                    int k1 = (u + 1) % (k + 1);
                    int k2 = (u + 1) / (k + 1);
                    y += w[u] * Math.sin(Math.PI * (k1 * points[2 * p] + k2 * points[2 * p + 1]) + phase[u]);
                }
                assertThat((double) out[n * 64 + p]).isCloseTo(y, within(1e-4));
            }
        }
    }
}
