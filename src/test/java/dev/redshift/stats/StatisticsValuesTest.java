package dev.redshift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The small values the decisions are built from, each against numbers worked out by hand. */
class StatisticsValuesTest {

    @Test
    void intervalsCompareStrictly() {
        Interval i = new Interval(1, 3);
        assertThat(i.above(0.999)).isTrue();
        assertThat(i.above(1)).isFalse();
        assertThat(i.below(3.001)).isTrue();
        assertThat(i.below(3)).isFalse();
        assertThat(i.inside(0.5, 3.5)).isTrue();
        assertThat(i.inside(1, 3.5)).isFalse();
        assertThat(i.inside(0.5, 3)).isFalse();
        assertThat(i.negate()).isEqualTo(new Interval(-3, -1));
        assertThat(i.halfWidth()).isEqualTo(1);
        assertThat(i.magnitude()).isEqualTo(i);
        assertThat(new Interval(0, 2).magnitude()).isEqualTo(new Interval(0, 2));
        assertThat(new Interval(-3, -1).magnitude()).isEqualTo(new Interval(1, 3));
        assertThat(new Interval(-3, 0).magnitude().lower()).isCloseTo(0, within(0.0));
        assertThat(new Interval(-3, 0).magnitude().upper()).isEqualTo(3);
        assertThat(new Interval(-3, 2).magnitude()).isEqualTo(new Interval(0, 3));
        assertThat(new Interval(-1, 2).magnitude()).isEqualTo(new Interval(0, 2));
    }

    @Test
    void summariesUseTheSampleVariance() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, sample variance 32/7
        Summary s = Summary.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertThat(s.n()).isEqualTo(8);
        assertThat(s.mean()).isEqualTo(5, within(1e-12));
        assertThat(s.sd()).isEqualTo(Math.sqrt(32.0 / 7), within(1e-12));
        // only the first three: 2, 4, 4 → mean 10/3, deviations² 16/9 + 4/9 + 4/9 = 24/9, variance 12/9
        Summary first = Summary.of(new double[] {2, 4, 4, 4, 5}, 3);
        assertThat(first.mean()).isEqualTo(10.0 / 3, within(1e-12));
        assertThat(first.sd()).isEqualTo(Math.sqrt(12.0 / 9), within(1e-12));
        // a large offset does not swamp the spread
        Summary offset = Summary.of(new double[] {1e9 + 1, 1e9 + 3});
        assertThat(offset.sd()).isEqualTo(Math.sqrt(2), within(1e-6));
        assertThat(Summary.of(new double[] {4}).sd()).isZero();
        assertThat(Summary.of(new double[] {4}).mean()).isEqualTo(4);
        assertThat(Summary.of(new double[0]).mean()).isNaN();
    }

    @Test
    void numbersReadWithAboutThreeSignificantFigures() {
        assertThat(Numbers.format(560.4)).isEqualTo("560");
        assertThat(Numbers.format(100)).isEqualTo("100");
        assertThat(Numbers.format(12.34)).isEqualTo("12.3");
        assertThat(Numbers.format(10)).isEqualTo("10");
        assertThat(Numbers.format(4.567)).isEqualTo("4.57");
        assertThat(Numbers.format(1)).isEqualTo("1");
        assertThat(Numbers.format(0.0123)).isEqualTo("0.012");
        assertThat(Numbers.format(0.001)).isEqualTo("0.001");
        assertThat(Numbers.format(0.000123)).isEqualTo("0.000123");
        assertThat(Numbers.format(1234567)).isEqualTo("1.23e+06");
        assertThat(Numbers.format(999999)).isEqualTo("999999");
        assertThat(Numbers.format(1e6)).isEqualTo("1.00e+06");
        assertThat(Numbers.format(-4.5)).isEqualTo("-4.5");
        assertThat(Numbers.format(-0.0001)).isEqualTo("-0.0001");
        assertThat(Numbers.format(-0.0004)).isEqualTo("-0.0004");
        assertThat(Numbers.format(-0.0)).isEqualTo("0");
        assertThat(Numbers.format(0)).isEqualTo("0");
        assertThat(Numbers.format(Double.NaN)).isEqualTo("NaN");
        assertThat(Numbers.format(Double.POSITIVE_INFINITY)).isEqualTo("∞");
        assertThat(Numbers.format(Double.NEGATIVE_INFINITY)).isEqualTo("−∞");
    }

    @Test
    void marginsAreAbsoluteOrFractionsOfTheReference() {
        assertThat(Margin.parse("10%")).isEqualTo(new Margin(0.1, true));
        assertThat(Margin.parse(" 12.5 % ")).isEqualTo(new Margin(0.125, true));
        assertThat(Margin.parse("3")).isEqualTo(new Margin(3, false));
        assertThat(Margin.parse(" 10 % of range")).isEqualTo(new Margin(0.1, false, true));
        assertThat(Margin.parse("10% of range")).hasToString("10% of the range");
        assertThat(Margin.parse("10% of range").resolve(8)).isEqualTo(0.8, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Margin.percent(10).resolve(470)).isEqualTo(47, within(1e-9));
        assertThat(Margin.absolute(3).resolve(470)).isEqualTo(3);
        assertThat(Margin.percent(10)).hasToString("10%");
        assertThat(Margin.absolute(2.5)).hasToString("2.5");
        assertThat(Margin.ZERO).isEqualTo(new Margin(0, false));
        assertThatThrownBy(() -> Margin.absolute(-1))
                .hasMessage("a margin is a finite number ≥ 0 or a percentage, got -1.0");
        assertThatThrownBy(() -> Margin.absolute(Double.POSITIVE_INFINITY))
                .hasMessage("a margin is a finite number ≥ 0 or a percentage, got Infinity");
        assertThatThrownBy(() -> Margin.absolute(Double.NaN)).hasMessageContaining("got NaN");
        assertThatThrownBy(() -> Margin.parse("ten%"))
                .hasMessage("must be a number ≥ 0, a percentage like 10% or 10% of range, got 'ten%'");
    }

    @Test
    void budgetsLookAtTheMinimumThenInBatchesGrowingByHalf() {
        SamplesBudget b = new SamplesBudget(32, 400);
        assertThat(b.nextLook(0)).isEqualTo(32);
        assertThat(b.nextLook(31)).isEqualTo(32);
        assertThat(b.nextLook(32)).isEqualTo(48);
        assertThat(b.nextLook(48)).isEqualTo(72);
        assertThat(b.nextLook(73)).isEqualTo(73 + 37);
        assertThat(b.nextLook(300)).isEqualTo(400);
        // batches are at least 8 networks
        assertThat(new SamplesBudget(2, 100).nextLook(2)).isEqualTo(10);
        assertThat(new SamplesBudget(2, 100).nextLook(15)).isEqualTo(23);
        assertThat(new SamplesBudget(2, 100).nextLook(16)).isEqualTo(24);
        // scaled: rounded, min at least 2 and at most max
        assertThat(b.scaled(0.5)).isEqualTo(new SamplesBudget(16, 200));
        assertThat(b.scaled(0.01)).isEqualTo(new SamplesBudget(2, 4));
        assertThat(new SamplesBudget(10, 11).scaled(0.1)).isEqualTo(new SamplesBudget(2, 2));
        assertThat(new SamplesBudget(3, 5).scaled(1.5)).isEqualTo(new SamplesBudget(5, 8));
        assertThatThrownBy(() -> new SamplesBudget(1, 10)).hasMessage("samples.min must be at least 2, got 1");
        assertThatThrownBy(() -> new SamplesBudget(10, 9))
                .hasMessage("samples.max (9) must be at least samples.min (10)");
        assertThat(new SamplesBudget(2, 2).max()).isEqualTo(2);
    }

    @Test
    void spearmanRanksWithAverageRanksForTies() {
        // x = 1, 2, 3, 4, 5 against y = 2, 1, 4, 3, 5: d² = 1 + 1 + 1 + 1 + 0 = 4 → 1 − 6·4/(5·24) = 0.8
        assertThat(Spearman.correlation(new double[] {1, 2, 3, 4, 5}, new double[] {2, 1, 4, 3, 5}, 5))
                .isEqualTo(0.8, within(1e-12));
        assertThat(Spearman.correlation(new double[] {1, 2, 3}, new double[] {30, 20, 10}, 3))
                .isEqualTo(-1, within(1e-12));
        // ties: ranks of 10, 20, 20, 30 are 1, 2.5, 2.5, 4
        assertThat(Spearman.ranks(new double[] {20, 10, 30, 20}, 4)).containsExactly(2.5, 1, 4, 2.5);
        assertThat(Spearman.ranks(new double[] {5, 5, 5}, 3)).containsExactly(2, 2, 2);
        // x 1..4 against y with a tie: ranks y = 1, 2.5, 2.5, 4; Pearson of ranks = 4.5 / sqrt(5 · 4.5) = 0.9487
        assertThat(Spearman.correlation(new double[] {1, 2, 3, 4}, new double[] {1, 2, 2, 3}, 4))
                .isEqualTo(4.5 / Math.sqrt(5 * 4.5), within(1e-12));
        // only the first n pairs count
        assertThat(Spearman.correlation(new double[] {1, 2, 3, 0}, new double[] {1, 2, 3, 9}, 3))
                .isEqualTo(1, within(1e-12));
        assertThat(Spearman.correlation(new double[] {1, 1, 1}, new double[] {1, 2, 3}, 3)).isNaN();
        assertThat(Spearman.correlation(new double[] {1, 2, 3}, new double[] {4, 4, 4}, 3)).isNaN();
    }

    @Test
    void expectationsNameThemselvesAndRefuseNonsense() {
        assertThat(new Expectation.Invariant(Margin.ZERO).id()).isEqualTo("invariant");
        assertThat(new Expectation.Equivalent(Margin.ZERO).id()).isEqualTo("equivalent");
        assertThat(new Expectation.Ordered(true, Margin.ZERO).id()).isEqualTo("less");
        assertThat(new Expectation.Ordered(false, Margin.ZERO).id()).isEqualTo("greater");
        assertThat(new Expectation.Trend(true, false, Margin.ZERO).id()).isEqualTo("increasing");
        assertThat(new Expectation.Trend(false, false, Margin.ZERO).id()).isEqualTo("decreasing");
        assertThat(new Expectation.Within(0, 1).id()).isEqualTo("within");
        assertThat(new Expectation.Correlated(0.5).id()).isEqualTo("correlated");
        assertThat(new Expectation.Within(0, 1).minConfigurations()).isEqualTo(1);
        assertThat(new Expectation.Correlated(0.5).minConfigurations()).isEqualTo(1);
        assertThat(new Expectation.Invariant(Margin.ZERO).minConfigurations()).isEqualTo(2);
        assertThat(new Expectation.Equivalent(Margin.ZERO).minConfigurations()).isEqualTo(2);
        assertThat(new Expectation.Ordered(true, Margin.ZERO).minConfigurations()).isEqualTo(2);
        assertThat(new Expectation.Trend(true, true, Margin.ZERO).minConfigurations()).isEqualTo(2);
        assertThat(Expectation.Trend.DEFAULT_TOLERANCE).isEqualTo(new Margin(0.05, true));
        assertThatThrownBy(() -> new Expectation.Within(2, 2)).hasMessage("within needs lo < hi, got [2.0, 2.0]");
        assertThatThrownBy(() -> new Expectation.Correlated(1)).hasMessage("correlated needs −1 < r < 1, got 1.0");
        assertThatThrownBy(() -> new Expectation.Correlated(-1)).hasMessage("correlated needs −1 < r < 1, got -1.0");
    }
}
