package dev.redshift.spark;

import dev.redshift.eval.MeasuredNetworks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The driver's check on the executors: it computes the first network of a look itself and compares, bit for bit,
 * with what an executor sent. Network k depends only on (seed, k), so a difference means the executor computes
 * differently (another CPU code path in the math library, another PyTorch build) and its values cannot be mixed
 * with the others'.
 */
public final class Canary {

    private Canary() {
    }

    /**
     * The difference between the driver's values of network {@code first + index} and an executor's, in words, or
     * empty when every measure agrees bit for bit (NaN agreeing with NaN).
     *
     * @param driver the driver's values of the network, one per measure
     * @param executor the executor's values of the same network
     * @param measures the measure names
     * @param network the network's index
     * @param configuration the configuration's label
     * @param where the executor, as Spark names it
     */
    public static Optional<String> compare(double[] driver, double[] executor, List<String> measures, long network,
            String configuration, String where) {
        for (int m = 0; m < driver.length; m++) {
            if (Double.doubleToLongBits(driver[m]) != Double.doubleToLongBits(executor[m])) {
                return Optional.of(String.format(Locale.ROOT, "canary: %s gave %s = %s for network %d of '%s', this"
                        + " driver %s — executors must compute bit-identical values; on a cluster of mixed CPUs set"
                        + " MKL_CBWR=AVX2 on every node and run one PyTorch build (README, Beyond one machine)",
                        where, measures.get(m), Double.toString(executor[m]), network, configuration,
                        Double.toString(driver[m])));
            }
        }
        return Optional.empty();
    }

    /** Network {@code k}'s values under every measure. */
    static double[] network(MeasuredNetworks m, int k) {
        double[] v = new double[m.values().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = m.values()[i][k];
        }
        return v;
    }
}
