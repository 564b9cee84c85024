package dev.redshift.measure.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RadiusSearchEdgesTest {

    /** A cost of r alone, the same on every ray, that records every radius it is asked for. */
    private static final class Recorded implements RayCosts {
        final List<double[]> calls = new ArrayList<>();
        final java.util.function.DoubleUnaryOperator cost;

        Recorded(java.util.function.DoubleUnaryOperator cost) {
            this.cost = cost;
        }

        @Override
        public double[] at(int[] rays, double[] radii) {
            calls.add(radii.clone());
            double[] c = new double[rays.length];
            for (int j = 0; j < rays.length; j++) {
                c[j] = cost.applyAsDouble(radii[j]);
            }
            return c;
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 0.1", "-1, 0.1", "NaN, 0.1", "1, 0", "1, 1", "1, NaN"})
    void badSettingsAreRefused(double epsilon, double rtol) {
        assertThatThrownBy(() -> new RadiusSearch(epsilon, rtol)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("epsilon > 0 and 0 < rtol < 1");
    }

    @Test
    void costAboveEpsilonEverywhereGivesTheSixtiethHalvingOfTheStart() {
        Recorded costs = new Recorded(r -> 1);
        double[] r = new RadiusSearch(0.5, 1e-3).radii(costs, new double[] {3}, new double[] {100});
        // tried 3, 3/2, …, 3/2^60, all above ε: the radius is the last tried, and nothing is narrowed
        assertThat(r[0]).isEqualTo(3 * Math.pow(2, -60));
        assertThat(costs.calls).hasSize(61);
    }

    @Test
    void startPastTheCrossingIsHalvedThenNarrowed() {
        Recorded costs = new Recorded(r -> r >= 0.3 ? 1 : 0);
        double[] r = new RadiusSearch(0.5, 1e-6).radii(costs, new double[] {1}, new double[] {100});
        assertThat(r[0]).isCloseTo(0.3, within(1e-6 * 0.3 * 1.01)).isGreaterThanOrEqualTo(0.3);
        // 1 and 0.5 are past, 0.25 is before: no doubling step follows
        assertThat(costs.calls.get(0)).containsExactly(1);
        assertThat(costs.calls.get(1)).containsExactly(0.5);
        assertThat(costs.calls.get(2)).containsExactly(0.25);
        assertThat(costs.calls.get(3)).hasSize(2);
    }

    @Test
    void doublingStopsAtTheFirstPointPastTheCap() {
        Recorded costs = new Recorded(r -> 0);
        double[] r = new RadiusSearch(0.5, 1e-3).radii(costs, new double[] {1}, new double[] {64});
        assertThat(r[0]).isInfinite();
        // 1, 2, …, 64 are within the cap (64 included), 128 is the first beyond
        assertThat(costs.calls).hasSize(8);
        assertThat(costs.calls.get(7)).containsExactly(128);
    }

    @Test
    void aCrossingFoundByTheStepPastTheCapStillCounts() {
        // the step from lo = 64 ≤ cap tries 128, past the crossing at 100: the bracket is narrowed
        double[] found = new RadiusSearch(0.5, 1e-6).radii(new Recorded(r -> r >= 100 ? 1 : 0),
                new double[] {1}, new double[] {64});
        assertThat(found[0]).isCloseTo(100, within(1e-4));
        // with the cap below 64 the scan stops at lo = 64 and the ray is infinite
        double[] beyond = new RadiusSearch(0.5, 1e-6).radii(new Recorded(r -> r >= 100 ? 1 : 0),
                new double[] {1}, new double[] {63.9});
        assertThat(beyond[0]).isInfinite();
    }

    @Test
    void startBeyondTheCapIsInfiniteAfterOneEvaluation() {
        Recorded costs = new Recorded(r -> 0);
        double[] r = new RadiusSearch(0.5, 1e-3).radii(costs, new double[] {200}, new double[] {100});
        assertThat(r[0]).isInfinite();
        assertThat(costs.calls).hasSize(1);
    }

    @Test
    void everyNarrowingPointLiesStrictlyInsideItsBracketAndTheBracketKeepsItsEnds() {
        double crossing = 0.37;
        Recorded costs = new Recorded(r -> r >= crossing ? 2 : 0.5 * r / crossing);
        double[] r = new RadiusSearch(1, 1e-8).radii(costs, new double[] {1}, new double[] {10});
        double lo = 0.25;
        double hi = 0.5;
        for (double[] call : costs.calls.subList(3, costs.calls.size())) {
            assertThat(call).hasSize(2);
            assertThat(call[0]).isGreaterThan(lo).isLessThan(call[1]);
            assertThat(call[1]).isLessThan(hi);
            // what bisection keeps: below the crossing at lo, at or past it at hi
            if (call[0] >= crossing) {
                hi = call[0];
            } else if (call[1] >= crossing) {
                lo = call[0];
                hi = call[1];
            } else {
                lo = call[1];
            }
        }
        assertThat(r[0]).isEqualTo(hi);
        assertThat(hi - lo).isLessThanOrEqualTo(1e-8 * hi);
        assertThat(lo).isLessThan(crossing);
        assertThat(hi).isGreaterThanOrEqualTo(crossing);
    }

    @Test
    void aPowerCostIsBracketedInAFewNarrowingSteps() {
        // C = (r/0.9)², ε = 0.01: crossing at 0.09; from 1 halved to 0.0625, doubled to 0.125
        Recorded costs = new Recorded(r -> Math.pow(r / 0.9, 2));
        double[] r = new RadiusSearch(0.01, 1e-6).radii(costs, new double[] {1}, new double[] {10});
        assertThat(r[0]).isCloseTo(0.09, within(1e-6 * 0.09)).isGreaterThanOrEqualTo(0.09);
        long narrowing = costs.calls.stream().filter(c -> c.length == 2).count();
        // the secant in (log r, log C) is exact for a power: the first step brackets within ±0.45·rtol
        assertThat(narrowing).isEqualTo(1);
    }

    @Test
    void aZeroCostBelowTheCrossingFallsBackToThirds() {
        // C = 0 below the step at 0.3, so log C has no secant: the thirds of [0.25, 0.5] come first
        Recorded costs = new Recorded(r -> r >= 0.3 ? 1 : 0);
        new RadiusSearch(1, 1e-6).radii(costs, new double[] {1}, new double[] {10});
        double[] first = costs.calls.get(3);
        assertThat(first[0]).isCloseTo(0.25 + 0.25 / 3, within(1e-15));
        assertThat(first[1]).isCloseTo(0.25 + 0.5 / 3, within(1e-15));
    }

    @Test
    void helpersSelectAndCountFlags() {
        boolean[] flags = {false, true, true, false, true};
        assertThat(RadiusSearch.any(flags)).isTrue();
        assertThat(RadiusSearch.any(new boolean[3])).isFalse();
        assertThat(RadiusSearch.indices(flags)).containsExactly(1, 2, 4);
        assertThat(RadiusSearch.pick(new double[] {5, 6, 7, 8, 9}, new int[] {1, 4})).containsExactly(6, 9);
        assertThat(RadiusSearch.filled(2, true)).containsExactly(true, true);
    }

    @Test
    void blogSearchTreatsACostOfExactlyEpsilonAsNeitherBound() {
        // C = ε at r = 1: converged at once, and with no upper bound the next trial point is 2
        BlogRadiusSearch.Result found = new BlogRadiusSearch(0.25).search(
                (rays, radii) -> new double[] {0.25}, new int[] {0});
        assertThat(found.converged()[0]).isTrue();
        assertThat(found.radii()[0]).isEqualTo(2);
    }

    @Test
    void blogSearchAcceptsACostWithinTenPercentAndNotBeyond() {
        BlogRadiusSearch.Result within = new BlogRadiusSearch(1).search(
                (rays, radii) -> new double[] {1.09}, new int[] {0});
        assertThat(within.converged()[0]).isTrue();
        // 1.09 > ε: r = 1 became the upper bound, the next point is the middle of [0, 1]
        assertThat(within.radii()[0]).isEqualTo(0.5);
        BlogRadiusSearch.Result off = new BlogRadiusSearch(1).search(
                (rays, radii) -> new double[] {0.85}, new int[] {0});
        assertThat(off.converged()[0]).isFalse();
        // never above ε: fifteen doublings from 1
        assertThat(off.radii()[0]).isEqualTo(Math.pow(2, BlogRadiusSearch.EVALUATIONS));
    }
}
