package dev.redshift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The share of networks that moved ({@code fraction-decreasing: p}) and a correlation within a margin of 0
 * ({@code uncorrelated: m}), on the stand-in sequence whose half-width is (0.1 / α)·sd/√n: 2·sd/√n at α = 0.05.
 */
class FractionAndUncorrelatedTest {

    private static final ConfidenceSequence STAND_IN = (n, sd, alpha) -> 0.1 / alpha * sd / Math.sqrt(n);

    private static Evidence fraction(double p, double[] first, double[] last) {
        List<ConfigurationSample> samples = List.of(new ConfigurationSample("1 step", first, null, 0),
                new ConfigurationSample("1000 steps", last, null, 0));
        return new ClaimDecider(new Expectation.Fraction(false, p), 0.95, STAND_IN, List.of("local-volume"))
                .decide(samples, first.length, 1, false);
    }

    private static double[] filled(int n, double v) {
        double[] out = new double[n];
        Arrays.fill(out, v);
        return out;
    }

    @Test
    void everyRunEndingLowerPassesAboveAHalfWithTheProportionsFlooredSpread() {
        // 16 of 16 fell: the sd is floored at a Bernoulli's at (16 + 2)/(16 + 4) = 0.9, 0.3; half-width 2·0.3/4
        Evidence e = fraction(0.5, filled(16, 0), filled(16, -1));
        assertThat(e.verdict()).isEqualTo(Verdict.PASS);
        assertThat(e.estimate()).isEqualTo(1.0);
        assertThat(e.bounds().lower()).isEqualTo(0.85, within(1e-12));
        assertThat(e.bounds().upper()).isEqualTo(1.0);
        assertThat(e.sentence()).isEqualTo("16 of 16 networks have 1000 steps below 1 step: 1 (95% bounds 0.85 to 1);"
                + " expected above 0.5");
    }

    @Test
    void noRunEndingLowerFailsAndATieCountsAgainst() {
        assertThat(fraction(0.5, filled(16, 0), filled(16, 1)).verdict()).isEqualTo(Verdict.FAIL);
        Evidence ties = fraction(0.5, filled(16, 0), filled(16, 0));
        assertThat(ties.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(ties.estimate()).isEqualTo(0.0);
    }

    @Test
    void halfTheRunsEndingLowerIsUndecidedAgainstAHalf() {
        double[] last = new double[16];
        for (int k = 0; k < 16; k++) {
            last[k] = k % 2 == 0 ? -1 : 1;
        }
        Evidence e = fraction(0.5, filled(16, 0), last);
        assertThat(e.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(e.estimate()).isEqualTo(0.5);
    }

    @Test
    void theFractionIsPairedRunByRunNotAComparisonOfMeans() {
        // the mean falls (one run by 100) but only 1 of 16 runs fell: FAIL
        double[] last = filled(16, 1);
        last[0] = -100;
        assertThat(fraction(0.5, filled(16, 0), last).verdict()).isEqualTo(Verdict.FAIL);
    }

    private static Evidence correlation(double margin, double[] x, double[] y) {
        int half = x.length / 2;
        List<ConfigurationSample> samples = List.of(
                new ConfigurationSample("relu", Arrays.copyOf(x, half), Arrays.copyOf(y, half), 0),
                new ConfigurationSample("gelu", Arrays.copyOfRange(x, half, x.length),
                        Arrays.copyOfRange(y, half, y.length), 0));
        return new ClaimDecider(new Expectation.Uncorrelated(margin), 0.95, STAND_IN,
                List.of("local-volume", "grokked")).decide(samples, half, 1, false);
    }

    @Test
    void aRankCorrelationNearZeroOverManyRunsPassesWithinTheMargin() {
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = k;
            y[k] = (k * 37) % 11 < 5 ? 1 : 0; // a 0/1 outcome unrelated to the order of x
        }
        Evidence e = correlation(0.3, x, y);
        double rho = Spearman.correlation(x, y, n);
        assertThat(Math.abs(rho)).isLessThan(0.1);
        assertThat(e.verdict()).isEqualTo(Verdict.PASS);
        assertThat(e.estimate()).isEqualTo(rho, within(1e-6));
        // Fisher's z of 200 pooled runs: half-width 2·sqrt(1.06)/sqrt(197)
        double h = 2 * Math.sqrt(1.06) / Math.sqrt(197);
        double z = 0.5 * Math.log((1 + rho) / (1 - rho));
        assertThat(e.bounds().lower()).isEqualTo(Math.tanh(z - h), within(1e-9));
        assertThat(e.sentence()).endsWith("over 200 networks; expected within ±0.3 of 0");
    }

    @Test
    void aQuantityThatPredictsTheOutcomeFailsAndFewRunsAreUndecided() {
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = k;
            y[k] = k < n / 2 ? 0 : 1; // the outcome follows x
        }
        assertThat(correlation(0.3, x, y).verdict()).isEqualTo(Verdict.FAIL);
        double[] few = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] outcome = {1, 0, 0, 1, 1, 0, 1, 0};
        assertThat(correlation(0.3, few, outcome).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void anOutcomeConstantOverTheRunsIsUndecidedNeverUncorrelated() {
        int n = 200;
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = k;
        }
        Evidence e = correlation(0.3, x, new double[n]); // no run grokked: nothing to predict
        assertThat(e.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(e.bounds().lower()).isEqualTo(-1.0);
        assertThat(e.bounds().upper()).isEqualTo(1.0);
        assertThat(e.sentence()).contains("one measure is constant over them: no rank correlation");
    }

    @Test
    void theirSettingsAreChecked() {
        assertThatThrownBy(() -> new Expectation.Uncorrelated(0)).hasMessage("uncorrelated needs a margin 0 < m < 1,"
                + " got 0.0");
        assertThatThrownBy(() -> new Expectation.Fraction(false, 1)).hasMessage("fraction-decreasing needs 0 ≤ p < 1,"
                + " got 1.0");
        assertThat(new Expectation.Uncorrelated(0.3).paired()).isFalse();
        assertThat(new Expectation.Fraction(false, 0.5).paired()).isTrue();
    }
}
