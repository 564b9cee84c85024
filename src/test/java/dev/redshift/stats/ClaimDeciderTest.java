package dev.redshift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §4's PASS / FAIL regions, checked exactly. The bounds come from a stand-in sequence whose half-width is
 * (0.1 / α)·sd/√n, so every expected bound below is worked out by hand: at α = 0.05 it is 2·sd/√n, at α/2 it is
 * 4·sd/√n, and so on. Most samples have n = 4 and a spread of ±1 around their mean, whose sample sd is
 * S = sqrt(4/3): the half-width at α = 0.05 is then exactly S.
 */
class ClaimDeciderTest {

    private static final ConfidenceSequence STAND_IN = (n, sd, alpha) -> 0.1 / alpha * sd / Math.sqrt(n);
    /** Sample sd of {m−1, m+1, m−1, m+1}. */
    private static final double S = Math.sqrt(4.0 / 3);

    private static double[] around(double mean, double spread) {
        return new double[] {mean - spread, mean + spread, mean - spread, mean + spread};
    }

    private static double[] constant(double value) {
        return new double[] {value, value, value, value};
    }

    private static Evidence decide(Expectation e, boolean last, double[]... configurations) {
        List<ConfigurationSample> samples = new ArrayList<>();
        for (int c = 0; c < configurations.length; c++) {
            samples.add(new ConfigurationSample(String.valueOf((char) ('a' + c)), configurations[c], null, 0));
        }
        return new ClaimDecider(e, 0.95, STAND_IN, List.of("lz")).decide(samples, 4, 3, last);
    }

    private static Evidence decide(Expectation e, double[]... configurations) {
        return decide(e, false, configurations);
    }

    @Test
    void aMarginOfTheRangeIsAFractionOfTheReferencesDistanceTakenAtTheHarderEndOfItsBounds() {
        // references c (low) and d (high): paired d − c = {18, 22, 18, 22}, mean 20, sd 2S; two statistics in
        // the family (a − b and the range) → α/2 → half-width (0.1/0.025)·2S/√4 = 4S. Margin 10% of the range:
        // 2 at the point, 0.1·(20 − 4S) = 1.54 to pass, 0.1·(20 + 4S) = 2.46 to fail.
        Expectation e = new Expectation.Invariant(Margin.percentOfRange(10));
        double[] low = around(0, 1);
        double[] high = around(20, 3);
        Evidence within = decide(e, around(5, 1), around(5.5, 1), low, high);
        assertThat(within.verdict()).isEqualTo(Verdict.PASS);
        assertThat(within.margin()).isEqualTo(2, within(1e-12));
        assertThat(within.statistic()).isEqualTo("b − a");
        assertThat(within.sentence()).isEqualTo("b exceeds a by 0.5 (95% bounds 0.5 to 0.5) after 4 networks each;"
                + " margin ±2 (10% of the range 20 from c to d)");
        assertThat(within.configurations()).extracting(ConfigurationEvidence::label).containsExactly("a", "b", "c",
                "d");
        // 1.8 lies between the margin's ends: neither shown within nor beyond it
        assertThat(decide(e, around(5, 1), around(6.8, 1), low, high).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(decide(e, around(5, 1), around(8, 1), low, high).verdict()).isEqualTo(Verdict.FAIL);
        // references in the wrong order give a range of 0 at best: nothing can pass within it
        assertThat(decide(e, around(5, 1), around(5.5, 1), high, low).verdict()).isEqualTo(Verdict.FAIL);
        assertThatThrownBy(() -> decide(e, around(5, 1), low, high))
                .hasMessage("invariant compares at least 2 configurations besides the two references of its range,"
                        + " got 1");
    }

    @Test
    void greaterPassesWhenTheBoundsOfThePairedDifferenceClearTheMargin() {
        // d = a − b = {11, 13, 11, 13}: mean 12, sd S, one check → half-width 2·S/2 = S
        Evidence e = decide(new Expectation.Ordered(false, Margin.ZERO), around(12, 1), constant(0));
        assertThat(e.verdict()).isEqualTo(Verdict.PASS);
        assertThat(e.expectation()).isEqualTo("greater");
        assertThat(e.statistic()).isEqualTo("a − b");
        assertThat(e.estimate()).isEqualTo(12, within(1e-12));
        assertThat(e.bounds().lower()).isEqualTo(12 - S, within(1e-12));
        assertThat(e.bounds().upper()).isEqualTo(12 + S, within(1e-12));
        assertThat(e.margin()).isZero();
        assertThat(e.networksPerConfiguration()).isEqualTo(4);
        assertThat(e.looks()).isEqualTo(3);
        assertThat(e.confidence()).isEqualTo(0.95);
        assertThat(e.additionalNetworks()).isEmpty();
        assertThat(e.sentence()).isEqualTo("a exceeds b by 12 (95% bounds 10.8 to 13.2) after 4 networks each");
        // each configuration's own bounds at α/2: half-width 4·sd/2
        ConfigurationEvidence a = e.configurations().get(0);
        assertThat(a.label()).isEqualTo("a");
        assertThat(a.summary().n()).isEqualTo(4);
        assertThat(a.summary().mean()).isEqualTo(12, within(1e-12));
        assertThat(a.summary().sd()).isEqualTo(S, within(1e-12));
        assertThat(a.bounds().lower()).isEqualTo(12 - 2 * S, within(1e-12));
        assertThat(a.bounds().upper()).isEqualTo(12 + 2 * S, within(1e-12));
        assertThat(e.configurations().get(1).bounds()).isEqualTo(new Interval(0, 0));
    }

    @Test
    void greaterWithAMarginFailsWhenTheBoundsLieBelowIt() {
        // bounds 12 ± S = [10.85, 13.15] against margin 14: below it → FAIL; against 12: straddling → INCONCLUSIVE
        Evidence fail = decide(new Expectation.Ordered(false, Margin.absolute(14)), around(12, 1), constant(0));
        assertThat(fail.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(fail.margin()).isEqualTo(14);
        assertThat(fail.sentence()).isEqualTo("a exceeds b by 12 (95% bounds 10.8 to 13.2) after 4 networks each;"
                + " margin 14");
        assertThat(decide(new Expectation.Ordered(false, Margin.absolute(12)), around(12, 1), constant(0)).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(decide(new Expectation.Ordered(false, Margin.absolute(10.8)), around(12, 1), constant(0))
                .verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void lessReadsTheDifferenceTheWayItGoes() {
        // d = a − b: mean −8, bounds [−9.15, −6.85]
        Evidence pass = decide(new Expectation.Ordered(true, Margin.absolute(3)), around(2, 1), constant(10));
        assertThat(pass.verdict()).isEqualTo(Verdict.PASS);
        assertThat(pass.expectation()).isEqualTo("less");
        assertThat(pass.sentence()).isEqualTo("a is below b by 8 (95% bounds 6.85 to 9.15) after 4 networks each;"
                + " margin 3");
        assertThat(decide(new Expectation.Ordered(true, Margin.absolute(7.5)), around(2, 1), constant(10)).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(decide(new Expectation.Ordered(true, Margin.absolute(10)), around(2, 1), constant(10)).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(decide(new Expectation.Ordered(true, Margin.ZERO), around(12, 1), constant(0)).verdict())
                .isEqualTo(Verdict.FAIL);
    }

    @Test
    void greaterComparesTheFirstConfigurationWithEachOtherUnderBonferroni() {
        // two checks: α/2 each → half-width 4·sd/2 = 2S; a − c = 3 ± 2.31 passes, a − b = 1 ± 2.31 does not
        Evidence e = decide(new Expectation.Ordered(false, Margin.ZERO), around(13, 1), constant(12), constant(10));
        assertThat(e.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(e.statistic()).isEqualTo("a − b");
        assertThat(e.bounds().lower()).isEqualTo(1 - 2 * S, within(1e-12));
        assertThat(e.bounds().upper()).isEqualTo(1 + 2 * S, within(1e-12));
        Evidence pass = decide(new Expectation.Ordered(false, Margin.ZERO), around(13, 1), constant(10),
                constant(10.5));
        assertThat(pass.verdict()).isEqualTo(Verdict.PASS);
        // the check nearest its boundary, in half-widths, tells the story
        assertThat(pass.statistic()).isEqualTo("a − c");
    }

    @Test
    void invariantPassesInsideTheMarginAndFailsOutsideIt() {
        // d = b − a = {−0.5, 1.5, …}: mean 0.5, bounds [−0.65, 1.65]
        Evidence pass = decide(new Expectation.Invariant(Margin.absolute(2)), constant(0), around(0.5, 1));
        assertThat(pass.verdict()).isEqualTo(Verdict.PASS);
        assertThat(pass.expectation()).isEqualTo("invariant");
        assertThat(pass.statistic()).isEqualTo("b − a");
        assertThat(pass.sentence()).isEqualTo("b exceeds a by 0.5 (95% bounds -0.655 to 1.65) after 4 networks each;"
                + " margin ±2");
        assertThat(decide(new Expectation.Invariant(Margin.absolute(1)), constant(0), around(0.5, 1)).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
        Evidence above = decide(new Expectation.Invariant(Margin.absolute(1)), constant(0), around(5, 1));
        assertThat(above.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(above.sentence()).isEqualTo("b exceeds a by 5 (95% bounds 3.85 to 6.15) after 4 networks each;"
                + " margin ±1");
        assertThat(decide(new Expectation.Invariant(Margin.absolute(1)), constant(0), around(-5, 1)).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(decide(new Expectation.Equivalent(Margin.absolute(1)), constant(0), around(-5, 1)).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(decide(new Expectation.Equivalent(Margin.absolute(2)), constant(0), around(-0.5, 1)).verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void aRelativeMarginTakesTheMeanAtTheEndThatMakesTheVerdictHarder() {
        // a = 100 + e, b = 120 + e, c = c0 + e with e = ±1: every difference is exact (sd 0), the grand mean
        // (220 + c0)/3 + e has sd S. Four checks (overall, two steps, the mean) → α/4 each → half-width
        // 8·S/2 = 4S = 4.62 on the grand mean; the tolerance is 10% of its bounds: [small, large].
        Expectation up = new Expectation.Trend(true, false, Margin.percent(10));
        // c0 = 110: grand 110 ± 4.62 → tolerance [10.54, 11.46]; the step c − b = −10 is above −10.54 → PASS
        Evidence pass = decide(up, trend(110));
        assertThat(pass.verdict()).isEqualTo(Verdict.PASS);
        assertThat(pass.margin()).isEqualTo(11, within(1e-9));
        assertThat(pass.statistic()).isEqualTo("c − a");
        assertThat(pass.sentence()).isEqualTo("c exceeds a by 10 (95% bounds 10 to 10) after 4 networks each");
        // c0 = 109: grand 109.67 ± 4.62 → [10.50, 11.43]; the step −11 lies between the two ends: the PASS end
        // (−10.50) is not cleared and the FAIL end (−11.43) is not crossed
        assertThat(decide(up, trend(109)).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        // c0 = 108: grand 109.33 ± 4.62 → [10.47, 11.39]; the step −12 is below −11.39 → FAIL
        Evidence fail = decide(up, trend(108));
        assertThat(fail.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(fail.statistic()).isEqualTo("c − b");
        assertThat(fail.sentence()).isEqualTo("c is below b by 12 (95% bounds 12 to 12) after 4 networks each;"
                + " tolerance 10.9 (10% of the mean 109)");
    }

    private static double[][] trend(double c0) {
        return new double[][] {around(100, 1), around(120, 1), around(c0, 1)};
    }

    @Test
    void decreasingIsIncreasingTurnedOver() {
        Expectation down = new Expectation.Trend(false, false, Margin.absolute(1));
        // a = 10, b = 5 ± 1: b − a = −5 ± S → shown decreasing
        Evidence pass = decide(down, constant(10), around(5, 1));
        assertThat(pass.verdict()).isEqualTo(Verdict.PASS);
        assertThat(pass.expectation()).isEqualTo("decreasing");
        // the overall check and the only step are the same difference: two checks → α/2 → half-width 2S
        assertThat(pass.bounds().lower()).isEqualTo(-5 - 2 * S, within(1e-12));
        assertThat(pass.sentence()).isEqualTo("b is below a by 5 (95% bounds 2.69 to 7.31) after 4 networks each");
        assertThat(decide(down, constant(5), around(10, 1)).verdict()).isEqualTo(Verdict.FAIL);
        // a step up by 0.5 (exact) inside the tolerance of 1, overall down by 5
        assertThat(decide(down, constant(10), constant(10.5), constant(5)).verdict()).isEqualTo(Verdict.PASS);
        // a step up by 1.5 (exact) beyond the tolerance
        assertThat(decide(down, constant(10), constant(11.5), constant(5)).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void strictTrendsNeedEveryStepTheRightWay() {
        Expectation up = new Expectation.Trend(true, true, Margin.ZERO);
        assertThat(up.id()).isEqualTo("strictly increasing");
        assertThat(decide(up, constant(1), constant(2), constant(3)).verdict()).isEqualTo(Verdict.PASS);
        // a flat step is on the FAIL side (x ≤ 0 fails)
        Evidence flat = decide(up, constant(1), constant(2), constant(2));
        assertThat(flat.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(flat.statistic()).isEqualTo("c − b");
        Expectation down = new Expectation.Trend(false, true, Margin.ZERO);
        assertThat(down.id()).isEqualTo("strictly decreasing");
        assertThat(decide(down, constant(3), constant(2), constant(1)).verdict()).isEqualTo(Verdict.PASS);
        assertThat(decide(down, constant(3), constant(3.5), constant(1)).verdict()).isEqualTo(Verdict.FAIL);
        // a step of 1 ± S (α/2 → 2S) straddles 0
        assertThat(decide(down, constant(3), around(2, 1), constant(1)).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void withinChecksEveryConfigurationsMean() {
        Expectation w = new Expectation.Within(2, 4);
        // 3 ± 0.1: sd 0.1·S, half-width 0.1·S = 0.115
        Evidence pass = decide(w, around(3, 0.1));
        assertThat(pass.verdict()).isEqualTo(Verdict.PASS);
        assertThat(pass.statistic()).isEqualTo("mean of a");
        assertThat(pass.sentence()).isEqualTo("a averages 3 (95% bounds 2.88 to 3.12) after 4 networks;"
                + " expected within [2, 4]");
        assertThat(decide(w, around(3, 1)).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(decide(w, around(5, 0.1)).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(decide(w, around(1, 0.1)).verdict()).isEqualTo(Verdict.FAIL);
        // two configurations: one inside, one outside → FAIL, told by the one outside
        Evidence one = decide(w, around(3, 0.1), around(6, 0.1));
        assertThat(one.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(one.statistic()).isEqualTo("mean of b");
    }

    @Test
    void correlatedUsesFishersZOfThePooledRanks() {
        // 8 pooled networks, y a monotone function of x: Spearman 1 (clipped to 0.999999 for Fisher's z)
        double[] x1 = {1, 2, 3, 4};
        double[] x2 = {5, 6, 7, 8};
        List<ConfigurationSample> samples = List.of(
                new ConfigurationSample("a", x1, new double[] {1, 4, 9, 16}, 0),
                new ConfigurationSample("b", x2, new double[] {25, 36, 49, 64}, 1));
        Evidence e = new ClaimDecider(new Expectation.Correlated(0.5), 0.95, STAND_IN, List.of("lz", "fourier"))
                .decide(samples, 4, 1, false);
        assertThat(e.verdict()).isEqualTo(Verdict.PASS);
        assertThat(e.estimate()).isEqualTo(0.999999, within(1e-9));
        // z = atanh(0.999999) = 7.25; half-width 2·sqrt(1.06)/sqrt(8 − 3) = 0.921
        double z = 0.5 * Math.log(1.999999 / 0.000001);
        double h = 2 * Math.sqrt(1.06) / Math.sqrt(5);
        assertThat(e.bounds().lower()).isEqualTo(Math.tanh(z - h), within(1e-12));
        assertThat(e.sentence()).isEqualTo("Spearman correlation of lz and fourier is 1 (95% bounds 1 to 1) over 8"
                + " networks; expected above 0.5");
        assertThat(e.configurations().get(1).undefined()).isEqualTo(1);
        // reversed ranks: Spearman −1, far below 0.5 → FAIL
        List<ConfigurationSample> reversed = List.of(
                new ConfigurationSample("a", x1, new double[] {8, 7, 6, 5}, 0),
                new ConfigurationSample("b", x2, new double[] {4, 3, 2, 1}, 0));
        assertThat(new ClaimDecider(new Expectation.Correlated(0.5), 0.95, STAND_IN, List.of("lz", "fourier"))
                .decide(reversed, 4, 1, false).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void anUndecidedClaimAtTheEndOfItsBudgetSaysHowManyMoreNetworksWouldDecideIt() {
        // d = 1 ± S: bounds [−0.15, 2.15]. The planner wants 2S/√n < 1, i.e. n > 5.33 → 6, two more than 4.
        Evidence last = decide(new Expectation.Ordered(false, Margin.ZERO), true, around(1, 1), constant(0));
        assertThat(last.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(last.additionalNetworks()).hasValue(2);
        assertThat(last.sentence()).isEqualTo("a exceeds b by 1 (95% bounds -0.155 to 2.15) after 4 networks each"
                + " — about 2 more networks per configuration would decide this and would likely PASS");
        Evidence leaningFail = decide(new Expectation.Ordered(false, Margin.ZERO), true, constant(0), around(1, 1));
        assertThat(leaningFail.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(leaningFail.sentence()).endsWith(" — about 2 more networks per configuration would decide this"
                + " and would likely FAIL");
        Evidence notLast = decide(new Expectation.Ordered(false, Margin.ZERO), false, around(1, 1), constant(0));
        assertThat(notLast.additionalNetworks()).isEmpty();
        assertThat(notLast.sentence()).isEqualTo("a exceeds b by 1 (95% bounds -0.155 to 2.15) after 4 networks each");
        // on the FAIL side the planner aims at FAIL: d = −1 ± S needs the same 6 networks to fall below 0
        Evidence failSide = decide(new Expectation.Ordered(false, Margin.ZERO), true, around(-1, 1), constant(0));
        assertThat(failSide.additionalNetworks()).hasValue(2);
        // exactly on the boundary nothing would decide it
        Evidence onBoundary = decide(new Expectation.Ordered(false, Margin.ZERO), true, around(0, 1), constant(0));
        assertThat(onBoundary.additionalNetworks()).isEmpty();
        assertThat(onBoundary.sentence()).isEqualTo("a exceeds b by 0 (95% bounds -1.15 to 1.15) after 4 networks"
                + " each — the estimate sits on the boundary; no feasible number of networks would decide this");
        // a hair from the boundary: 2S/√n < 10⁻⁶ needs n > 5·10¹², beyond what the planner considers
        Evidence hair = decide(new Expectation.Ordered(false, Margin.ZERO), true, around(1e-6, 1), constant(0));
        assertThat(hair.additionalNetworks()).isEmpty();
        assertThat(hair.sentence()).endsWith("no feasible number of networks would decide this");
    }

    @Test
    void theCheckThatHoldsUpAnUndecidedClaimIsTheNearestToDeciding() {
        // invariant, margin 2, three checks → α/3 → half-width 6·sd/2 = 3S: b − a = 0.5 ± 3.46 and
        // c − b = 2.5 ± 3.46 are undecided, c − a = 3 exactly lies outside ±2 → FAIL, told by c − a
        Evidence e = decide(new Expectation.Invariant(Margin.absolute(2)), constant(0), around(0.5, 1),
                constant(3));
        assertThat(e.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(e.statistic()).isEqualTo("c − a");
        assertThat(e.sentence()).isEqualTo("c exceeds a by 3 (95% bounds 3 to 3) after 4 networks each; margin ±2");
    }

    @Test
    void thePlannerMeasuresEachRuleFromItsOwnBoundary() {
        // within [2, 4], mean 3.9 ± S: the nearer end is 4, 0.1 away: 2S/√n < 0.1 → n > 533.3 → 534, 530 more
        assertThat(decide(new Expectation.Within(2, 4), true, around(3.9, 1)).additionalNetworks()).hasValue(530);
        // mean 2.2: the nearer end is 2, 0.2 away → n > 133.3 → 134, 130 more
        assertThat(decide(new Expectation.Within(2, 4), true, around(2.2, 1)).additionalNetworks()).hasValue(130);
        // invariant ±2, b − a = 1.5 ± S: 0.5 inside the margin → 2S/√n < 0.5 → n > 21.3 → 22, 18 more
        assertThat(decide(new Expectation.Invariant(Margin.absolute(2)), true, constant(0), around(1.5, 1))
                .additionalNetworks()).hasValue(18);
        // decreasing, tolerance 1: b − a = −1 ± 2S (two checks, α/2). The overall change is 1 from 0 the right
        // way: 4S/√n < 1 → n > 21.3 → 22; the step is 2 from −1: n > 5.3 → 6. PASS needs both: 18 more.
        Evidence down = decide(new Expectation.Trend(false, false, Margin.absolute(1)), true, constant(10),
                around(9, 1));
        assertThat(down.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(down.additionalNetworks()).hasValue(18);
    }

    @Test
    void theDecidingCheckIsTheNearestInHalfWidthsNotInUnits() {
        // a − b = 3 ± 2S (2.31): 1.3 half-widths from 0; a − c = 2 exactly: 2 units but no spread to weigh
        Evidence e = decide(new Expectation.Ordered(false, Margin.ZERO), constant(10), around(7, 1), constant(8));
        assertThat(e.verdict()).isEqualTo(Verdict.PASS);
        assertThat(e.statistic()).isEqualTo("a − b");
    }

    @Test
    void aZeroToleranceIsNotMentioned() {
        Evidence e = decide(new Expectation.Trend(true, false, Margin.ZERO), constant(1), constant(3), constant(2));
        assertThat(e.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(e.sentence()).isEqualTo("c is below b by 1 (95% bounds 1 to 1) after 4 networks each");
    }

    @Test
    void aRelativeMarginCountsItsMeanInTheBonferroniFamily() {
        // one difference + the mean → α/2 each → half-width 4·S/2 = 2S on b − a = {1, −1, 1, −1}
        Evidence e = decide(new Expectation.Invariant(Margin.percent(10)), around(100, 1), constant(100));
        assertThat(e.verdict()).isEqualTo(Verdict.PASS);
        assertThat(e.bounds().lower()).isEqualTo(-2 * S, within(1e-12));
        assertThat(e.bounds().upper()).isEqualTo(2 * S, within(1e-12));
        assertThat(e.margin()).isEqualTo(10, within(1e-9));
        assertThat(e.sentence()).isEqualTo("b exceeds a by 0 (95% bounds -2.31 to 2.31) after 4 networks each;"
                + " margin ±10 (10% of the mean 100)");
    }

    @Test
    void twoNetworksAlreadyGiveFiniteBounds() {
        // {4, 6}: mean 5, sd √2, half-width 2·√2/√2 = 2 → [3, 7]
        List<ConfigurationSample> two = List.of(new ConfigurationSample("a", new double[] {4, 6}, null, 0));
        Evidence e = new ClaimDecider(new Expectation.Within(0, 10), 0.95, STAND_IN, List.of("lz"))
                .decide(two, 2, 1, false);
        assertThat(e.verdict()).isEqualTo(Verdict.PASS);
        assertThat(e.bounds().lower()).isEqualTo(3, within(1e-12));
        assertThat(e.configurations().get(0).bounds().upper()).isEqualTo(7, within(1e-12));
        // one network: no bounds at all
        List<ConfigurationSample> one = List.of(new ConfigurationSample("a", new double[] {5}, null, 0));
        Evidence single = new ClaimDecider(new Expectation.Within(0, 10), 0.95, STAND_IN, List.of("lz"))
                .decide(one, 1, 1, false);
        assertThat(single.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(single.configurations().get(0).bounds())
                .isEqualTo(new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        // a relative margin from two networks each: the mean over levels {99.5, 100.5} is 100 ± 2 (α/2), so the
        // margin runs from 9.8 to 10.2; b − a = {1, −1} is 0 ± 4 → inside ±9.8 → PASS
        List<ConfigurationSample> pairs = List.of(new ConfigurationSample("a", new double[] {99, 101}, null, 0),
                new ConfigurationSample("b", new double[] {100, 100}, null, 0));
        assertThat(new ClaimDecider(new Expectation.Invariant(Margin.percent(10)), 0.95, STAND_IN, List.of("lz"))
                .decide(pairs, 2, 1, false).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aCorrelationNeedsFourNetworksForAnEstimateAndSixForBounds() {
        ClaimDecider d = new ClaimDecider(new Expectation.Correlated(0.5), 0.95, STAND_IN, List.of("lz", "fourier"));
        Evidence four = d.decide(List.of(new ConfigurationSample("a", new double[] {1, 2, 3, 4},
                new double[] {2, 4, 6, 8}, 0)), 4, 1, false);
        assertThat(four.estimate()).isEqualTo(0.999999, within(1e-9));
        assertThat(four.bounds()).isEqualTo(new Interval(-1, 1));
        Evidence three = d.decide(List.of(new ConfigurationSample("a", new double[] {1, 2, 3},
                new double[] {2, 4, 6}, 0)), 3, 1, false);
        assertThat(three.estimate()).isZero();
        // six networks: z of n − 3 = 3 pseudo-observations, half-width 2·sqrt(1.06)/√3
        Evidence six = d.decide(List.of(new ConfigurationSample("a", new double[] {1, 2, 3, 4, 5, 6},
                new double[] {1, 2, 3, 4, 5, 6}, 0)), 6, 1, false);
        double z = 0.5 * Math.log(1.999999 / 0.000001);
        assertThat(six.bounds().upper()).isEqualTo(Math.tanh(z + 2 * Math.sqrt(1.06) / Math.sqrt(3)), within(1e-12));
        assertThat(six.bounds().lower()).isEqualTo(Math.tanh(z - 2 * Math.sqrt(1.06) / Math.sqrt(3)), within(1e-12));
    }

    @Test
    void tooFewConfigurationsOrANonsenseConfidenceAreRefused() {
        assertThatThrownBy(() -> decide(new Expectation.Ordered(false, Margin.ZERO), constant(1)))
                .hasMessage("greater compares at least 2 configurations, got 1");
        assertThatThrownBy(() -> new ClaimDecider(new Expectation.Within(0, 1), 1.0, STAND_IN, List.of("lz")))
                .hasMessage("confidence must be between 0 and 1, got 1.0");
        assertThatThrownBy(() -> new ClaimDecider(new Expectation.Within(0, 1), 0.0, STAND_IN, List.of("lz")))
                .hasMessage("confidence must be between 0 and 1, got 0.0");
    }
}
