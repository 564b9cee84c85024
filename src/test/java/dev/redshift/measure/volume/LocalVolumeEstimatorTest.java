package dev.redshift.measure.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalVolumeEstimatorTest {

    @Test
    void exactSearchStartsAtAShareOfTheLargerOfNormAndShellAndStopsPastTheCap() {
        // network 0: |w0| = 3, σ = 0.1, σ√D = 0.2 → start 0.05·3; network 1: |w0| = 0.1, σ = 1, σ√D = 2 → 0.05·2
        List<RayGeometry> networks = List.of(new RayGeometry(4, 9, new double[] {0, 0}, 0.1),
                new RayGeometry(4, 0.01, new double[] {0, 0}, 1));
        List<double[]> calls = new ArrayList<>();
        List<int[]> rays = new ArrayList<>();
        List<VolumeEstimate> out = new LocalVolumeEstimator(LocalVolumeOptions.DEFAULTS.withDirections(2))
                .estimate(networks, (r, radii) -> {
                    calls.add(radii.clone());
                    rays.add(r.clone());
                    return new double[r.length];
                });
        assertThat(calls.get(0)).hasSize(4);
        assertThat(calls.get(0)[1]).isCloseTo(0.15, within(1e-15));
        assertThat(calls.get(0)[2]).isCloseTo(0.1, within(1e-15));
        // caps: 3 + 0.1·(2 + 60) = 9.2 and 0.1 + 1·(2 + 60) = 62.1; the last radius tried is the first doubling
        // of the start beyond the cap
        double last0 = 0;
        double last1 = 0;
        for (int c = 0; c < calls.size(); c++) {
            for (int j = 0; j < rays.get(c).length; j++) {
                if (rays.get(c)[j] < 2) {
                    last0 = calls.get(c)[j];
                } else {
                    last1 = calls.get(c)[j];
                }
            }
        }
        assertThat(last0).isCloseTo(0.15 * 64, within(1e-12));
        assertThat(last1).isCloseTo(0.1 * 1024, within(1e-12));
        for (VolumeEstimate e : out) {
            assertThat(e.radii()[0]).isInfinite();
            assertThat(e.dropped()).isNull();
        }
        // the whole prior along an orthogonal ray: log G = −|w0|²/(2σ²)
        assertThat(out.get(0).logMasses()[0]).isCloseTo(-9 / 0.02, within(1e-7));
        assertThat(out.get(1).logMasses()[0]).isCloseTo(-0.005, within(1e-8));
        assertThat(out.get(0).sigma()).isEqualTo(0.1);
        assertThat(out.get(0).norm()).isEqualTo(3);
        assertThat(out.get(0).dimension()).isEqualTo(4);
    }

    @Test
    void exactMassesUseEachRaysOwnProjection() {
        // D = 1, ray i along ±w0: the cost |r|² crosses ε = 0.25 at r = 0.5 on both
        RayGeometry g = new RayGeometry(1, 0.49, new double[] {0.7, -0.7}, 1.3);
        VolumeEstimate e = new LocalVolumeEstimator(LocalVolumeOptions.DEFAULTS.withEpsilon(0.25).withDirections(2))
                .estimate(List.of(g), (r, radii) -> {
                    double[] c = new double[r.length];
                    for (int j = 0; j < r.length; j++) {
                        c[j] = radii[j] * radii[j];
                    }
                    return c;
                }).get(0);
        for (int i = 0; i < 2; i++) {
            assertThat(e.radii()[i]).isCloseTo(0.5, within(1e-6));
            assertThat(e.logMasses()[i]).isCloseTo(RayIntegral.logMass(1, 1.3, 0.49, g.projections()[i], e.radii()[i]),
                    within(1e-12));
        }
        assertThat(e.logMasses()[0]).isLessThan(e.logMasses()[1]);
    }

    @Test
    void directionsMustMatchTheOptions() {
        RayGeometry g = new RayGeometry(4, 1, new double[3], 1);
        assertThatThrownBy(() -> new LocalVolumeEstimator(LocalVolumeOptions.DEFAULTS.withDirections(2))
                .estimate(List.of(g), (r, radii) -> new double[r.length]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("3 directions, expected 2");
    }

    @Test
    void blogProcedureStepsEachNetworkAndDropsTheOnesThatDoNotConverge() {
        // network 0's two rays have C = r² (converge at ε = 0.01); network 1's first ray is a step that never
        // comes within 10% of ε, so network 1 is dropped
        LocalVolumeOptions options = LocalVolumeOptions.DEFAULTS.withDirections(2)
                .withProcedure(LocalVolumeOptions.Procedure.BLOG);
        List<RayGeometry> networks = List.of(new RayGeometry(3, 0.5, new double[] {0.1, -0.2}, 0.4),
                new RayGeometry(3, 0.5, new double[] {0.3, 0}, 0.4));
        List<VolumeEstimate> out = new LocalVolumeEstimator(options).estimate(networks, (r, radii) -> {
            double[] c = new double[r.length];
            for (int j = 0; j < r.length; j++) {
                c[j] = r[j] == 2 ? (radii[j] > 0.3 ? 1 : 0) : radii[j] * radii[j];
            }
            return c;
        });
        VolumeEstimate kept = out.get(0);
        assertThat(kept.dropped()).isNull();
        for (int i = 0; i < 2; i++) {
            assertThat(kept.radii()[i]).isEqualTo((0.09375 + 0.1015625) / 2);
            assertThat(kept.logMasses()[i]).isEqualTo(
                    BlogRayIntegral.logMass(3, 0.4, 0.5, networks.get(0).projections()[i], kept.radii()[i]));
        }
        assertThat(out.get(1).dropped()).isEqualTo("dropped by the blog's procedure: 1 of 2 radius searches did not"
                + " converge, 0 of 2 ray integrals refused");
        assertThat(out.get(1).meanLog()).isNaN();
        // network 1's rays are its own: the step ray is bracketed near 0.3, and its converged ray kept stepping
        // with it past the point where network 0 stopped
        assertThat(out.get(1).radii()[0]).isCloseTo(0.3, within(1e-3));
        assertThat(out.get(1).radii()[1]).isCloseTo(0.1, within(1e-3)).isNotEqualTo(kept.radii()[1]);
    }

    @Test
    void exactRadiiAndMassesBelongToTheirNetworkAndDirection() {
        // K = 2; network j's cost is (r/s_j)², crossing ε = 0.01 at s_j/10
        double[] scales = {1, 3};
        List<RayGeometry> networks = List.of(new RayGeometry(2, 0.04, new double[] {0.1, -0.1}, 0.5),
                new RayGeometry(2, 0.04, new double[] {0, 0.2}, 0.5));
        List<VolumeEstimate> out = new LocalVolumeEstimator(LocalVolumeOptions.DEFAULTS.withDirections(2))
                .estimate(networks, (r, radii) -> {
                    double[] c = new double[r.length];
                    for (int j = 0; j < r.length; j++) {
                        c[j] = Math.pow(radii[j] / scales[r[j] / 2], 2);
                    }
                    return c;
                });
        for (int n = 0; n < 2; n++) {
            for (int i = 0; i < 2; i++) {
                double r = out.get(n).radii()[i];
                assertThat(r).isCloseTo(scales[n] / 10, within(1e-6 * scales[n]));
                assertThat(out.get(n).logMasses()[i]).isEqualTo(
                        RayIntegral.logMass(2, 0.5, 0.04, networks.get(n).projections()[i], r));
            }
        }
    }

    @Test
    void blogProcedureDropsANetworkWhoseRayIntegralIsRefused() {
        // D = 12,000 with r ≈ 0.1, far inside the shell: the Riemann sums disagree
        LocalVolumeOptions options = LocalVolumeOptions.DEFAULTS.withDirections(1)
                .withProcedure(LocalVolumeOptions.Procedure.BLOG);
        VolumeEstimate e = new LocalVolumeEstimator(options).estimate(
                List.of(new RayGeometry(12_000, 1, new double[] {0}, 1)), (r, radii) -> {
                    double[] c = new double[r.length];
                    for (int j = 0; j < r.length; j++) {
                        c[j] = radii[j] * radii[j];
                    }
                    return c;
                }).get(0);
        assertThat(e.dropped()).isEqualTo("dropped by the blog's procedure: 0 of 1 radius searches did not converge,"
                + " 1 of 1 ray integrals refused");
    }
}
