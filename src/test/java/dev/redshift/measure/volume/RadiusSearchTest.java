package dev.redshift.measure.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RadiusSearchTest {

    @Test
    void exactSearchFindsEveryCrossingToTheToleranceInOneEvaluationPerStep() {
        // ray i has cost (r / s_i)², crossing ε at s_i·√ε
        double[] scales = {0.01, 0.3, 1, 7, 250};
        List<Integer> callSizes = new ArrayList<>();
        double[] r = new RadiusSearch(0.01, 1e-6).radii((rays, radii) -> {
            callSizes.add(rays.length);
            double[] c = new double[rays.length];
            for (int j = 0; j < rays.length; j++) {
                c[j] = Math.pow(radii[j] / scales[rays[j]], 2);
            }
            return c;
        }, new double[] {1, 1, 1, 1, 1}, new double[] {1e6, 1e6, 1e6, 1e6, 1e6});
        for (int i = 0; i < scales.length; i++) {
            assertThat(r[i]).isCloseTo(scales[i] * 0.1, within(1e-6 * scales[i] * 0.1 * 1.01));
            assertThat(r[i]).isGreaterThanOrEqualTo(scales[i] * 0.1);
        }
        // all rays advance together: the steps are those of the slowest ray, not the sum over rays
        assertThat(callSizes.size()).isLessThan(60);
        assertThat(callSizes.get(0)).isEqualTo(5);
    }

    @Test
    void exactSearchFindsTheFirstCrossingOfACostThatFallsBack() {
        // cost rises past ε at r = 1, falls below it after 3, rises again at 10
        double[] r = new RadiusSearch(0.5, 1e-6).radii((rays, radii) -> {
            double[] c = new double[rays.length];
            for (int j = 0; j < rays.length; j++) {
                c[j] = radii[j] >= 1 && radii[j] < 3 || radii[j] >= 10 ? 1 : 0;
            }
            return c;
        }, new double[] {0.1}, new double[] {1e3});
        assertThat(r[0]).isCloseTo(1, within(1e-5));
    }

    @Test
    void exactSearchGivesInfinityBeyondTheCap() {
        double[] r = new RadiusSearch(0.5, 1e-6).radii((rays, radii) -> new double[rays.length],
                new double[] {1}, new double[] {100});
        assertThat(r[0]).isInfinite();
    }

    @Test
    void blogSearchReturnsTheNextTrialPointAfterConvergence() {
        // C = r², ε = 0.01 from r = 1: evaluated 1, .5, .25, .125, .0625, .09375, .109375, .1015625 (within 10%),
        // then returns the next point (.09375 + .1015625)/2
        BlogRadiusSearch.Result found = new BlogRadiusSearch(0.01).search((rays, radii) -> {
            double[] c = new double[rays.length];
            for (int j = 0; j < rays.length; j++) {
                c[j] = radii[j] * radii[j];
            }
            return c;
        }, new int[] {0});
        assertThat(found.converged()[0]).isTrue();
        assertThat(found.radii()[0]).isEqualTo((0.09375 + 0.1015625) / 2);
    }

    @Test
    void blogSearchLeavesAStepCostUnconvergedAndKeepsTheNetworksRaysInLockstep() {
        // ray 0 is a step (never within 10% of ε); ray 1 of the same network keeps stepping with it; ray 2, of
        // another network, stops once it has converged
        int[] evaluations = new int[3];
        BlogRadiusSearch.Result found = new BlogRadiusSearch(0.01).search((rays, radii) -> {
            double[] c = new double[rays.length];
            for (int j = 0; j < rays.length; j++) {
                evaluations[rays[j]]++;
                c[j] = rays[j] == 0 ? (radii[j] > 0.3 ? 1 : 0) : radii[j] * radii[j];
            }
            return c;
        }, new int[] {0, 0, 1});
        assertThat(found.converged()[0]).isFalse();
        assertThat(evaluations[0]).isEqualTo(BlogRadiusSearch.EVALUATIONS);
        assertThat(evaluations[1]).isEqualTo(BlogRadiusSearch.EVALUATIONS);
        assertThat(evaluations[2]).isEqualTo(8);
    }
}
