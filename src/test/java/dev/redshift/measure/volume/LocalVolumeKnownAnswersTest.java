package dev.redshift.measure.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/**
 * Local volumes of costs whose regions are known in closed form: the estimator (radius search + ray integral +
 * log-mean-exp) against chi-square, noncentral chi-square and normal probabilities computed by Commons Statistics.
 */
class LocalVolumeKnownAnswersTest {

    /** A cost on R^D given as a function of the point w0 + r·u. */
    private record Problem(double[] w0, double[][] directions, ToDoubleFunction<double[]> cost) {

        RayCosts costs() {
            return (rays, radii) -> {
                double[] out = new double[rays.length];
                for (int j = 0; j < rays.length; j++) {
                    double[] u = directions[rays[j]];
                    double[] w = new double[w0.length];
                    for (int d = 0; d < w.length; d++) {
                        w[d] = w0[d] + radii[j] * u[d];
                    }
                    out[j] = cost.applyAsDouble(w);
                }
                return out;
            };
        }

        RayGeometry geometry(double sigma) {
            double[] projections = new double[directions.length];
            double n2 = 0;
            for (int d = 0; d < w0.length; d++) {
                n2 += w0[d] * w0[d];
            }
            for (int i = 0; i < directions.length; i++) {
                for (int d = 0; d < w0.length; d++) {
                    projections[i] += directions[i][d] * w0[d];
                }
            }
            return new RayGeometry(w0.length, n2, projections, sigma);
        }

        VolumeEstimate estimate(LocalVolumeOptions options, double sigma) {
            return new LocalVolumeEstimator(options.withDirections(directions.length))
                    .estimate(List.of(geometry(sigma)), costs()).get(0);
        }
    }

    private static double[][] directions(int k, int d, long seed) {
        Random random = new Random(seed);
        double[][] out = new double[k][d];
        for (double[] u : out) {
            double n = 0;
            for (int i = 0; i < d; i++) {
                u[i] = random.nextGaussian();
                n += u[i] * u[i];
            }
            for (int i = 0; i < d; i++) {
                u[i] /= Math.sqrt(n);
            }
        }
        return out;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return s;
    }

    @Test
    void quadraticCostCentredAtThePriorMeanGivesAChiSquareProbability() {
        int d = 8;
        double sigma = 0.5;
        double epsilon = 1.5;
        double[] w0 = new double[d];
        Problem p = new Problem(w0, directions(50, d, 1), w -> squaredDistance(w, w0));
        VolumeEstimate e = p.estimate(LocalVolumeOptions.DEFAULTS.withEpsilon(epsilon), sigma);
        double expected = Math.log(ChiSquaredDistribution.of(d).cumulativeProbability(epsilon / (sigma * sigma)));
        for (double r : e.radii()) {
            assertThat(r).isCloseTo(Math.sqrt(epsilon), within(1e-5));
        }
        assertThat(e.meanLog()).isCloseTo(expected, within(1e-4));
        assertThat(e.logMeanExp()).isCloseTo(expected, within(1e-4));
        assertThat(e.infiniteFraction()).isZero();
    }

    @Test
    void offCentreBallGivesANoncentralChiSquareProbability() {
        int d = 3;
        double sigma = 1;
        double epsilon = 0.8;
        double[] w0 = {1.2, -0.4, 0.5};
        Problem p = new Problem(w0, directions(20_000, d, 2), w -> squaredDistance(w, w0));
        VolumeEstimate e = p.estimate(LocalVolumeOptions.DEFAULTS.withEpsilon(epsilon)
                .withStatistic(LocalVolumeOptions.Statistic.LOG_MEAN_EXP), sigma);
        // P(|X − w0|² ≤ ε), X ~ N(0, σ²I): noncentral chi-square as a Poisson mixture of central ones
        double lambda = squaredDistance(w0, new double[d]) / (sigma * sigma);
        double expected = 0;
        for (int j = 0; j < 200; j++) {
            expected += PoissonDistribution.of(lambda / 2).probability(j)
                    * ChiSquaredDistribution.of(d + 2.0 * j).cumulativeProbability(epsilon / (sigma * sigma));
        }
        assertThat(e.value(LocalVolumeOptions.Statistic.LOG_MEAN_EXP)).isCloseTo(Math.log(expected), within(0.03));
        // mean-log is Jensen-below log-mean-exp: not the volume
        assertThat(e.meanLog()).isLessThan(e.logMeanExp());
    }

    @Test
    void costIgnoringSomeParametersGivesInfiniteRadiiAlongThem() {
        int d = 6;
        double sigma = 1;
        double epsilon = 0.25;
        double[] w0 = {0.3, 0.2, -0.1, 0.4, 0.0, 0.1};
        double[][] dirs = directions(40, d, 3);
        for (int i = 0; i < 20; i++) {
            // the first 20 directions move only the ignored coordinates 3..5
            dirs[i][0] = dirs[i][1] = dirs[i][2] = 0;
            double n = Math.sqrt(dirs[i][3] * dirs[i][3] + dirs[i][4] * dirs[i][4] + dirs[i][5] * dirs[i][5]);
            for (int c = 3; c < d; c++) {
                dirs[i][c] /= n;
            }
        }
        Problem p = new Problem(w0, dirs, w -> {
            double s = 0;
            for (int c = 0; c < 3; c++) {
                s += (w[c] - w0[c]) * (w[c] - w0[c]);
            }
            return s;
        });
        VolumeEstimate e = p.estimate(LocalVolumeOptions.DEFAULTS.withEpsilon(epsilon), sigma);
        for (int i = 0; i < 40; i++) {
            if (i < 20) {
                assertThat(e.radii()[i]).isInfinite();
            } else {
                double seen = dirs[i][0] * dirs[i][0] + dirs[i][1] * dirs[i][1] + dirs[i][2] * dirs[i][2];
                assertThat(e.radii()[i]).isCloseTo(Math.sqrt(epsilon / seen), within(1e-5 * Math.sqrt(epsilon / seen)));
            }
            assertThat(e.logMasses()[i]).isFinite();
        }
        assertThat(e.infiniteFraction()).isEqualTo(0.5);
    }

    @Test
    void costThatNeverReachesEpsilonHasTheWholePriorAndIsSaturated() {
        int d = 4;
        double sigma = 0.8;
        double[] w0 = {0.5, -0.5, 0.5, 0.5};
        Problem p = new Problem(w0, directions(20_000, d, 4), w -> 0.0);
        VolumeEstimate e = p.estimate(LocalVolumeOptions.DEFAULTS, sigma);
        assertThat(e.infiniteFraction()).isEqualTo(1);
        assertThat(e.saturated()).isTrue();
        assertThat(e.logMeanExp()).isCloseTo(0, within(0.03));
        assertThat(e.meanLogRadius()).isNaN();
    }

    @Test
    void halfSpaceGivesANormalProbability() {
        int d = 3;
        double sigma = 1.1;
        double h = 0.6;
        double[] a = {0.6, 0.8, 0};
        double[] w0 = {0.2, -0.3, 0.9};
        Problem p = new Problem(w0, directions(20_000, d, 5), w -> {
            double s = 0;
            for (int i = 0; i < d; i++) {
                s += a[i] * (w[i] - w0[i]);
            }
            return Math.max(0, s);
        });
        VolumeEstimate e = p.estimate(LocalVolumeOptions.DEFAULTS.withEpsilon(h), sigma);
        double aw0 = a[0] * w0[0] + a[1] * w0[1] + a[2] * w0[2];
        double expected = NormalDistribution.of(0, sigma).cumulativeProbability(h + aw0);
        assertThat(e.logMeanExp()).isCloseTo(Math.log(expected), within(0.03));
        assertThat(e.infiniteFraction()).isBetween(0.45, 0.55);
    }

    @Test
    void saturationValueIsMinusHalfDOverSigmaFactorSquared() {
        // radii far beyond σ√D on rays orthogonal to w0: log G → −|w0|²/(2σ²) = −D/(2·sigmaFactor²)
        int d = 2_000;
        double factor = 2;
        double[] projections = new double[10];
        RayGeometry g = RayGeometry.of(d, 9.0, projections, factor);
        List<RayGeometry> networks = new ArrayList<>(List.of(g));
        VolumeEstimate e = new LocalVolumeEstimator(LocalVolumeOptions.DEFAULTS.withDirections(10))
                .estimate(networks, (rays, radii) -> new double[rays.length]).get(0);
        assertThat(e.saturated()).isTrue();
        assertThat(e.meanLog()).isCloseTo(-d / (2 * factor * factor), within(1e-6));
    }
}
