package dev.redshift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

    private static final double EPS = 1e-9;

    @Test
    void slopeOfExactlyLinearDataIsItsSlopeWithItsSign() {
        double[] x = {1, 2, 3, 5};
        assertThat(LeastSquaresSlope.of(x, new double[] {5, 7.5, 10, 15})).isCloseTo(2.5, within(EPS));
        assertThat(LeastSquaresSlope.of(x, new double[] {3, 1, -1, -5})).isCloseTo(-2, within(EPS));
        assertThat(LeastSquaresSlope.of(x, new double[] {4, 4, 4, 4})).isCloseTo(0, within(EPS));
    }

    @Test
    void slopeOfNoisyDataIsTheLeastSquaresSlope() {
        // x = 0, 1, 2; y = 0, 2, 1: Sxy = (−1)(−1) + 0 + (1)(0) = 1, Sxx = 2
        assertThat(LeastSquaresSlope.of(new double[] {0, 1, 2}, new double[] {0, 2, 1})).isCloseTo(0.5, within(EPS));
    }

    @Test
    void positiveLevelsAreReadOnALogScale() {
        double[] levels = {1, 2, 4, 8, 16};
        double[] y = new double[levels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 3 - 0.7 * Math.log(levels[i]); // linear in ln(level), not in the level
        }
        RunSummary auto = RunSummary.of(RunSummary.Kind.SLOPE, levels, RunSummary.Scale.AUTO);
        assertThat(auto.logScale()).isTrue();
        assertThat(auto.apply(y)).isCloseTo(-0.7, within(EPS));
        RunSummary linear = RunSummary.of(RunSummary.Kind.SLOPE, levels, RunSummary.Scale.LINEAR);
        assertThat(linear.apply(y)).isNotCloseTo(-0.7, within(0.1));
        assertThat(RunSummary.of(RunSummary.Kind.SLOPE, new double[] {0, 1, 2}, RunSummary.Scale.AUTO).logScale())
                .isFalse();
    }

    @Test
    void anUndefinedValueMakesTheSummaryUndefined() {
        double[] levels = {1, 2, 4};
        for (RunSummary.Kind kind : RunSummary.Kind.values()) {
            assertThat(RunSummary.of(kind, levels, RunSummary.Scale.AUTO).apply(new double[] {1, Double.NaN, 2}))
                    .isNaN();
        }
    }

    @Test
    void peakOfADownwardParabolaIsItsVertex() {
        double[] x = {-2, -1, 0, 1, 2, 3};
        assertThat(QuadraticPeak.of(x, parabola(x, -1, 0.7, 5))).isCloseTo(0.7, within(EPS));
        assertThat(QuadraticPeak.of(x, parabola(x, -0.3, 2.2, -1))).isCloseTo(2.2, within(EPS));
    }

    @Test
    void aVertexOutsideTheLevelsIsClippedToTheirRange() {
        double[] x = {0, 1, 2, 3};
        assertThat(QuadraticPeak.of(x, parabola(x, -1, 7, 0))).isEqualTo(3);
        assertThat(QuadraticPeak.of(x, parabola(x, -1, -4, 0))).isEqualTo(0);
    }

    @Test
    void anUpwardParabolaPeaksAtTheLevelOfTheBestValue() {
        double[] x = {0, 1, 2, 3, 4};
        // minimum at 1.2: the largest value is at the far end, x = 4
        assertThat(QuadraticPeak.of(x, parabola(x, 1, 1.2, 0))).isEqualTo(4);
        // a straight falling line has no curvature: the best level is the first
        assertThat(QuadraticPeak.of(x, new double[] {9, 7, 5, 3, 1})).isEqualTo(0);
    }

    @Test
    void peakOnALogScaleIsTheParameterValueAtTheVertexInLogLevels() {
        double[] levels = {0.25, 0.5, 1, 2, 4, 8};
        double[] ln = new double[levels.length];
        for (int i = 0; i < ln.length; i++) {
            ln[i] = Math.log(levels[i]);
        }
        double[] y = parabola(ln, -2, Math.log(1.5), 0.9);
        RunSummary peak = RunSummary.of(RunSummary.Kind.PEAK, levels, RunSummary.Scale.AUTO);
        assertThat(peak.apply(y)).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void tooFewLevelsAndNonPositiveLevelsOnALogScaleAreRefused() {
        assertThatThrownBy(() -> RunSummary.of(RunSummary.Kind.SLOPE, new double[] {2, 2}, RunSummary.Scale.AUTO))
                .hasMessageContaining("slope needs at least 2 distinct levels");
        assertThatThrownBy(() -> RunSummary.of(RunSummary.Kind.PEAK, new double[] {1, 2}, RunSummary.Scale.AUTO))
                .hasMessageContaining("peak needs at least 3 distinct levels");
        assertThatThrownBy(() -> RunSummary.of(RunSummary.Kind.SLOPE, new double[] {0, 1, 2}, RunSummary.Scale.LOG))
                .hasMessageContaining("needs levels > 0, got 0.0 — use scale: linear");
    }

    @Test
    void aSummarisedSourcePairsNetworkKAcrossLevels() {
        double[] levels = {1, 2, 3};
        // level l's network k has value k·level: network k's slope is k
        List<ValueSource> perLevel = java.util.stream.IntStream.range(0, 3).<ValueSource>mapToObj(l -> (first, count) -> {
            double[] v = new double[count];
            for (int k = 0; k < count; k++) {
                v[k] = (first + k) * levels[l];
            }
            return new double[][] {v};
        }).toList();
        SummarisedSource s = new SummarisedSource(RunSummary.of(RunSummary.Kind.SLOPE, levels,
                RunSummary.Scale.LINEAR), perLevel);
        double[] values = s.draw(5, 3)[0];
        assertThat(values[0]).isCloseTo(5, within(EPS));
        assertThat(values[1]).isCloseTo(6, within(EPS));
        assertThat(values[2]).isCloseTo(7, within(EPS));
    }

    @Test
    void aNetworkWithNonFiniteOutputsAtAnyLevelIsNonFiniteInItsSummaryAndItsPair() {
        ValueSource clean = (first, count) -> new double[][] {new double[count]};
        ValueSource overflowAtNetwork1 = new ValueSource() {
            @Override
            public double[][] draw(long first, int count) {
                return draws(first, count).values();
            }

            @Override
            public Draws draws(long first, int count) {
                boolean[] nonFinite = new boolean[count];
                double[] v = new double[count];
                for (int k = 0; k < count; k++) {
                    nonFinite[k] = first + k == 1;
                    v[k] = nonFinite[k] ? Double.NaN : 1;
                }
                return new Draws(new double[][] {v}, nonFinite);
            }
        };
        Draws summarised = new SummarisedSource(RunSummary.of(RunSummary.Kind.SLOPE, new double[] {1, 2},
                RunSummary.Scale.AUTO), List.of(clean, overflowAtNetwork1)).draws(0, 3);
        assertThat(summarised.nonFinite()).containsExactly(false, true, false);
        assertThat(summarised.values()[0][1]).isNaN();
        assertThat(summarised.values()[0][0]).isCloseTo(1 / Math.log(2), within(EPS));
        Draws pairs = new RelativePairDifference(overflowAtNetwork1).draws(0, 2);
        assertThat(pairs.nonFinite()).containsExactly(true, false);
    }

    private static double[] parabola(double[] x, double curvature, double vertex, double top) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = top + curvature * (x[i] - vertex) * (x[i] - vertex);
        }
        return y;
    }
}
