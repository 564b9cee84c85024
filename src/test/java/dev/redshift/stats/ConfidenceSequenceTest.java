package dev.redshift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The half-width of Waudby-Smith et al.'s asymptotic confidence sequence, sd · sqrt(2(tρ²+1)/(t²ρ²) ·
 * log(sqrt(tρ²+1)/α)) with ρ² = (−2 log α + log(−2 log α + 1)) / t*, pinned by values worked out by hand.
 */
class ConfidenceSequenceTest {

    @Test
    void halfWidthMatchesTheFormulaWorkedOutByHand() {
        // t = 100, sd = 1, α = 0.05, t* = 100:
        //   −2 log α = 2 log 20 = 5.991465;  log(6.991465) = 1.944691;  ρ² = 7.936155 / 100 = 0.07936155
        //   tρ² = 7.936155;  2(tρ² + 1)/(t²ρ²) = 17.87231 / 793.6155 = 0.02252011
        //   sqrt(8.936155) / 0.05 = 59.78680;  log = 4.090785;  product 0.09212487;  sqrt → 0.3035209
        assertThat(new AsymptoticConfidenceSequence(100).halfWidth(100, 1, 0.05)).isCloseTo(0.3035209, within(1e-6));
        // t = 10, sd = 2.5, α = 0.01, t* = 50:
        //   −2 log α = 9.210340;  log(10.210340) = 2.323401;  ρ² = 11.533741 / 50 = 0.2306748
        //   tρ² = 2.306748;  2 · 3.306748 / (100 · 0.2306748) = 0.2867067
        //   log(sqrt(3.306748) / 0.01) = log(181.8447) = 5.203154;  product 1.491782;  sqrt 1.221386;  × 2.5
        assertThat(new AsymptoticConfidenceSequence(50).halfWidth(10, 2.5, 0.01)).isCloseTo(3.053436, within(1e-5));
        // the budget 32–400 tunes t* to sqrt(32 · 400) = 113.137; t = 400, sd = 0.3, α = 0.05/3:
        //   −2 log α = 8.188689;  log(9.188689) = 2.217974;  ρ² = 10.406663 / 113.13708 = 0.09198277
        //   tρ² = 36.79311;  2 · 37.79311 / (160000 · 0.09198277) = 0.005135848
        //   log(sqrt(37.79311) · 60) = log(368.8557) = 5.910404;  product 0.03035493;  sqrt 0.1742267;  × 0.3
        assertThat(AsymptoticConfidenceSequence.forBudget(32, 400).halfWidth(400, 0.3, 0.05 / 3))
                .isCloseTo(0.05226826, within(1e-7));
    }

    @Test
    void halfWidthScalesWithTheSpreadAndIsInfiniteBeforeTwoValues() {
        AsymptoticConfidenceSequence cs = new AsymptoticConfidenceSequence(100);
        assertThat(cs.halfWidth(100, 3, 0.05)).isCloseTo(3 * 0.3035209, within(3e-6));
        assertThat(cs.halfWidth(1, 1, 0.05)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(cs.halfWidth(0, 1, 0.05)).isEqualTo(Double.POSITIVE_INFINITY);
        // t = 2 is the first finite look: ρ² = 0.07936155, tρ² = 0.1587231,
        //   2 · 1.1587231 / (4 · 0.07936155) = 7.300280;  log(sqrt(1.1587231) / 0.05) = 3.069392 → sqrt(22.40742)
        assertThat(cs.halfWidth(2, 1, 0.05)).isCloseTo(4.733648, within(1e-5));
    }

    @Test
    void boundsAreTheMeanPlusOrMinusTheHalfWidth() {
        Interval b = new AsymptoticConfidenceSequence(100).bounds(new Summary(100, 7, 1), 0.05);
        assertThat(b.lower()).isCloseTo(7 - 0.3035209, within(1e-6));
        assertThat(b.upper()).isCloseTo(7 + 0.3035209, within(1e-6));
    }

    @Test
    void thePlannerFindsTheFirstSampleSizeBelowAHalfWidth() {
        // a stand-in with half-width sd/√n: below 0.1 first at n = 101, below 0.8 at n = 2 (1/√2 = 0.707)
        ConfidenceSequence root = (n, sd, alpha) -> sd / Math.sqrt(n);
        assertThat(root.samplesFor(0.1, 1, 0.05)).isEqualTo(101);
        assertThat(root.samplesFor(0.7072, 1, 0.05)).isEqualTo(2);
        assertThat(root.samplesFor(0.7071, 1, 0.05)).isEqualTo(3);
        assertThat(root.samplesFor(0.5, 1, 0.05)).isEqualTo(5);
        assertThat(root.samplesFor(0.25, 1, 0.05)).isEqualTo(17);
        assertThat(root.samplesFor(0, 1, 0.05)).isEqualTo(Integer.MAX_VALUE);
        assertThat(root.samplesFor(Double.NaN, 1, 0.05)).isEqualTo(Integer.MAX_VALUE);
        // never below 2⁻¹⁶: 2³² values would be needed, more than the planner considers
        assertThat(root.samplesFor(1.0 / 65536, 1, 0.05)).isEqualTo(Integer.MAX_VALUE);
        // the real sequence: the first n whose half-width is below 0.2, and the one before is not
        AsymptoticConfidenceSequence cs = AsymptoticConfidenceSequence.forBudget(32, 400);
        int n = cs.samplesFor(0.2, 1, 0.05);
        assertThat(cs.halfWidth(n, 1, 0.05)).isLessThan(0.2);
        assertThat(cs.halfWidth(n - 1, 1, 0.05)).isGreaterThanOrEqualTo(0.2);
    }

    @Test
    void aTargetBelowOneIsRefused() {
        assertThatThrownBy(() -> new AsymptoticConfidenceSequence(0.5))
                .hasMessage("target sample size must be at least 1, got 0.5");
        assertThatThrownBy(() -> new AsymptoticConfidenceSequence(Double.NaN))
                .hasMessage("target sample size must be at least 1, got NaN");
        assertThat(new AsymptoticConfidenceSequence(1).halfWidth(2, 1, 0.05)).isFinite();
    }
}
