package dev.redshift.stats;

import static dev.redshift.stats.Simulation.ALPHA;
import static dev.redshift.stats.Simulation.SLACK;
import static dev.redshift.stats.Simulation.exponential;
import static dev.redshift.stats.Simulation.normal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.stats.Simulation.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * For every expectation: under a true null on the boundary, wrong PASS (and wrong FAIL) stays at or below α
 * plus Monte Carlo slack over 2,000 simulated sequential claims; under a clear effect PASS is at least 0.9
 * within the budget (32 to 400 networks per configuration).
 */
class CalibrationTest {

    private static final double POWER = 0.9;
    /**
     * Documented wrong-PASS rates (README, Statistics) of the non-strict trend rules: the most any of their null
     * cases below gives (6 and 3 of 2,000 claims).
     */
    private static final double INCREASING = 0.003;
    private static final double DECREASING = 0.0015;

    private static void assertWrongPassAtMostAlpha(Outcome o) {
        System.out.printf("%s: %s%n", "assertWrongPassAtMostAlpha", o);
        assertThat(o.passRate()).as("wrong PASS rate (%s)", o).isLessThanOrEqualTo(ALPHA + SLACK);
    }

    /**
     * The calibration limit α + 3 SE cannot see a rule whose wrong-PASS rate doubles from well below α; each rule
     * is also held to its own measured rate (in the README), with three binomial standard errors of slack.
     */
    private static void assertWrongPassAtMost(double documented, Outcome o) {
        double bound = documented + 3 * Math.sqrt(documented * (1 - documented) / Simulation.CLAIMS);
        System.out.printf("wrong PASS %.4f, documented %.4f, bound %.4f: %s%n", o.passRate(), documented, bound, o);
        assertThat(o.passRate()).as("wrong PASS rate (%s) against the documented %s", o, documented)
                .isLessThanOrEqualTo(bound);
    }

    private static void assertWrongFailAtMostAlpha(Outcome o) {
        System.out.printf("%s: %s%n", "assertWrongFailAtMostAlpha", o);
        assertThat(o.failRate()).as("wrong FAIL rate (%s)", o).isLessThanOrEqualTo(ALPHA + SLACK);
    }

    private static void assertPowerful(Outcome o) {
        System.out.printf("%s: %s%n", "assertPowerful", o);
        assertThat(o.passRate()).as("PASS rate under a clear effect (%s)", o).isGreaterThanOrEqualTo(POWER);
    }

    @Test
    void invariantWithAnAbsoluteMargin() {
        Expectation e = new Expectation.Invariant(Margin.absolute(1));
        assertWrongPassAtMostAlpha(Simulation.run(e, normal(10, 1), normal(11, 1), normal(11, 1)));
        assertWrongFailAtMostAlpha(Simulation.run(e, normal(10, 1), normal(11, 1), normal(10.5, 1)));
        assertPowerful(Simulation.run(e, normal(10, 1), normal(10.1, 1), normal(10, 1)));
    }

    @Test
    void invariantWithARelativeMargin() {
        // a pair differs by exactly 10% of the mean over levels: d = 0.1 (a + 2d/3)
        double a = 100;
        double d = 0.1 * a / (1 - 0.2 / 3);
        Expectation e = new Expectation.Invariant(Margin.percent(10));
        assertWrongPassAtMostAlpha(Simulation.run(e, normal(a, 20), normal(a + d, 20), normal(a + d, 20)));
        assertPowerful(Simulation.run(e, normal(a, 20), normal(a + 1, 20), normal(a, 20)));
    }

    @Test
    void invariantWithAMarginOfTheRange() {
        // references 10 apart (a ReLU MLP and the unbiased model, say): a pair 1 apart lies exactly on 10% of it
        Expectation e = new Expectation.Invariant(Margin.percentOfRange(10));
        Simulation.Distribution low = normal(5, 2);
        Simulation.Distribution high = normal(15, 4);
        assertWrongPassAtMostAlpha(Simulation.run(e, normal(10, 1), normal(11, 1), normal(11, 1), low, high));
        assertWrongFailAtMostAlpha(Simulation.run(e, normal(10, 1), normal(10.5, 1), normal(11, 1), low, high));
        assertPowerful(Simulation.run(e, normal(10, 1), normal(10.1, 1), normal(10, 1), low, high));
    }

    @Test
    void increasingAndDecreasing() {
        Expectation up = new Expectation.Trend(true, false, Margin.absolute(1));
        // flat: last − first = 0
        assertWrongPassAtMost(INCREASING, Simulation.run(up, normal(5, 1), normal(5, 1), normal(5, 1)));
        // clearly rising overall, but one step falls by exactly the tolerance
        assertWrongPassAtMost(INCREASING, Simulation.run(up, normal(5, 1), normal(9, 1), normal(8, 1), normal(12, 1)));
        assertWrongFailAtMostAlpha(Simulation.run(up, normal(5, 1), normal(9, 1), normal(8, 1), normal(12, 1)));
        assertPowerful(Simulation.run(up, normal(5, 1), normal(5.6, 1), normal(6.2, 1)));
        Expectation down = new Expectation.Trend(false, false, Trend5Percent.TOLERANCE);
        assertWrongPassAtMost(DECREASING, Simulation.run(down, normal(50, 3), normal(50, 3)));
        assertPowerful(Simulation.run(down, normal(50, 3), normal(48, 3), normal(47, 3)));
    }

    @Test
    void aTrendStepExactlyAtARelativeToleranceIsNotShown() {
        // levels 100, 120, c with the last step falling by exactly 10% of the mean over levels:
        // 120 − c = 0.1 (220 + c)/3  →  c = (120 − 22/3) / (1 + 0.1/3) = 109.03. The noisy first level makes the
        // mean over levels (hence the tolerance) uncertain while the step itself is precise: a rule that took the
        // easy end of the tolerance would PASS about 31% of these claims (measured), the right one none.
        double c = (120 - 22.0 / 3) / (1 + 0.1 / 3);
        Expectation up = new Expectation.Trend(true, false, Margin.percent(10));
        assertWrongPassAtMost(INCREASING, Simulation.run(up, normal(100, 30), normal(120, 1), normal(c, 1)));
        Expectation down = new Expectation.Trend(false, false, Margin.percent(10));
        assertWrongPassAtMost(DECREASING, Simulation.run(down, normal(c, 1), normal(120, 1), normal(100, 30)));
    }

    @Test
    void strictlyIncreasingAndDecreasing() {
        Expectation up = new Expectation.Trend(true, true, Margin.ZERO);
        assertWrongPassAtMostAlpha(Simulation.run(up, normal(0, 1), normal(1, 1), normal(1, 1), normal(2, 1)));
        assertPowerful(Simulation.run(up, normal(0, 1), normal(0.6, 1), normal(1.2, 1)));
        Expectation down = new Expectation.Trend(false, true, Margin.ZERO);
        assertWrongPassAtMostAlpha(Simulation.run(down, normal(2, 1), normal(2, 1), normal(1, 1)));
        assertPowerful(Simulation.run(down, normal(2, 1), normal(1.4, 1), normal(0.8, 1)));
    }

    @Test
    void lessAndGreaterWithAndWithoutMargin() {
        Expectation less = new Expectation.Ordered(true, Margin.absolute(0.5));
        assertWrongPassAtMostAlpha(Simulation.run(less, normal(9.5, 1), normal(10, 1)));
        assertWrongFailAtMostAlpha(Simulation.run(less, normal(9.5, 1), normal(10, 1)));
        assertPowerful(Simulation.run(less, normal(8.8, 1), normal(10, 1)));
        Expectation greater = new Expectation.Ordered(false, Margin.ZERO);
        assertWrongPassAtMostAlpha(Simulation.run(greater, normal(10, 1), normal(10, 1)));
        assertWrongFailAtMostAlpha(Simulation.run(greater, normal(10, 1), normal(10, 1)));
        assertPowerful(Simulation.run(greater, normal(10.4, 1), normal(10, 1)));
    }

    @Test
    void greaterOnSkewedValues() {
        Expectation greater = new Expectation.Ordered(false, Margin.ZERO);
        assertWrongPassAtMostAlpha(Simulation.run(greater, exponential(3), exponential(3)));
        assertPowerful(Simulation.run(greater, exponential(5), exponential(3)));
    }

    @Test
    void equivalent() {
        Expectation e = new Expectation.Equivalent(Margin.absolute(1));
        assertWrongPassAtMostAlpha(Simulation.run(e, normal(3, 1), normal(4, 1)));
        assertWrongFailAtMostAlpha(Simulation.run(e, normal(3, 1), normal(4, 1)));
        assertPowerful(Simulation.run(e, normal(3, 1), normal(3, 1)));
    }

    @Test
    void within() {
        Expectation e = new Expectation.Within(2, 4);
        assertWrongPassAtMostAlpha(Simulation.run(e, normal(4, 1)));
        assertWrongFailAtMostAlpha(Simulation.run(e, normal(4, 1)));
        assertPowerful(Simulation.run(e, normal(3, 1)));
    }

    @Test
    void correlated() {
        assertWrongPassAtMostAlpha(Simulation.runCorrelated(0.5, 0.5, 3));
        assertWrongFailAtMostAlpha(Simulation.runCorrelated(0.5, 0.5, 3));
        assertPowerful(Simulation.runCorrelated(0.5, 0.7, 3));
    }

    /** anticorrelated: 0.5 holds when the Spearman correlation is below −0.5; at −0.5 it is on the boundary. */
    @Test
    void anticorrelated() {
        assertWrongPassAtMostAlpha(Simulation.runAnticorrelated(0.5, -0.5, 3));
        assertWrongFailAtMostAlpha(Simulation.runAnticorrelated(0.5, -0.5, 3));
        assertPowerful(Simulation.runAnticorrelated(0.5, -0.7, 3));
    }

    /**
     * uncorrelated: 0.3 holds when the Spearman correlation lies within ±0.3 of 0; at ±0.3 it is on the boundary,
     * where it must neither PASS nor FAIL more often than α, and at 0 it should PASS.
     */
    @Test
    void uncorrelated() {
        assertWrongPassAtMostAlpha(Simulation.runUncorrelated(0.3, 0.3, 3));
        assertWrongPassAtMostAlpha(Simulation.runUncorrelated(0.3, -0.3, 3));
        assertWrongFailAtMostAlpha(Simulation.runUncorrelated(0.3, 0.3, 3));
        assertPowerful(Simulation.runUncorrelated(0.3, 0, 3));
    }

    /**
     * fraction-decreasing: 0.5 on two configurations of one distribution: each network's last value is below its
     * first half the time, the boundary; a last configuration shifted down by one sd is below in 76% of pairs.
     */
    @Test
    void fractionDecreasing() {
        Expectation half = new Expectation.Fraction(false, 0.5);
        assertWrongPassAtMostAlpha(Simulation.run(half, normal(0, 1), normal(0, 1)));
        assertWrongFailAtMostAlpha(Simulation.run(half, normal(0, 1), normal(0, 1)));
        assertPowerful(Simulation.run(half, normal(0, 1), normal(-1, 1)));
    }

    @Test
    void aConfigurationComparedWithItselfNeverPassesMoreOftenThanAlpha() {
        Simulation.Distribution same = normal(100, 15);
        for (Expectation e : new Expectation[] {new Expectation.Ordered(true, Margin.ZERO),
                new Expectation.Ordered(false, Margin.ZERO), new Expectation.Trend(true, false, Margin.percent(5)),
                new Expectation.Trend(false, true, Margin.ZERO)}) {
            assertWrongPassAtMostAlpha(Simulation.run(e, same, same));
        }
    }

    @Test
    void theCiScaleBudgetStaysCalibrated() {
        // mvn test halves every budget: 16 networks before the first look, 200 at most
        SamplesBudget ci = new SamplesBudget(16, 200);
        Expectation greater = new Expectation.Ordered(false, Margin.ZERO);
        assertWrongPassAtMostAlpha(Simulation.run(greater, ci, normal(10, 1), normal(10, 1)));
        assertWrongPassAtMostAlpha(Simulation.run(greater, ci, exponential(3), exponential(3)));
        Expectation invariant = new Expectation.Invariant(Margin.absolute(1));
        assertWrongPassAtMostAlpha(Simulation.run(invariant, ci, normal(10, 1), normal(11, 1), normal(11, 1)));
        assertWrongPassAtMostAlpha(Simulation.runCorrelated(0.5, 0.5, 3));
        assertPowerful(Simulation.run(greater, ci, normal(10.6, 1), normal(10, 1)));
    }

    private static Evidence run(Expectation e, SamplesBudget budget, long claim, Simulation.Distribution... d) {
        List<String> labels = new ArrayList<>();
        List<ValueSource> sources = new ArrayList<>();
        for (int k = 0; k < d.length; k++) {
            labels.add("level " + k);
            sources.add(Simulation.source(claim, k, d[k]));
        }
        return new SequentialTest(e, 0.95, budget, List.of("lz")).run(labels, sources);
    }

    @Test
    void thePlannedNumberOfNetworksDecidesAboutHalfTheTimeOrMore() {
        // With the estimate at its true value the planned n sits where the bounds just clear the boundary.
        int decided = 0;
        int inconclusive = 0;
        for (long claim = 0; claim < 200; claim++) {
            Evidence first = run(new Expectation.Ordered(false, Margin.ZERO), new SamplesBudget(32, 64), claim,
                    normal(10.3, 1), normal(10, 1));
            if (first.verdict() != Verdict.INCONCLUSIVE || first.additionalNetworks().isEmpty()) {
                continue;
            }
            inconclusive++;
            int max = 64 + first.additionalNetworks().getAsInt();
            Evidence second = run(new Expectation.Ordered(false, Margin.ZERO), new SamplesBudget(32, max), claim,
                    normal(10.3, 1), normal(10, 1));
            if (second.verdict() != Verdict.INCONCLUSIVE) {
                decided++;
            }
        }
        assertThat(inconclusive).isGreaterThan(50);
        assertThat((double) decided / inconclusive).isGreaterThanOrEqualTo(0.4);
    }

    @Test
    void aClearClaimNeedsFarFewerNetworksThanAFixedSampleDesignWithTheSameBudget() {
        // effect 1 sd: the sequential plan stops at its first look; a fixed design with the budget draws 400
        Simulation.Outcome clear = Simulation.run(new Expectation.Ordered(false, Margin.ZERO),
                normal(11, 1), normal(10, 1));
        assertThat(clear.meanNetworks()).isLessThanOrEqualTo(40);
        // effect 0.4 sd: against the fixed n a power analysis would pick knowing the effect (α 0.05, power 0.9)
        Simulation.Outcome moderate = Simulation.run(new Expectation.Ordered(false, Margin.ZERO),
                normal(10.4, 1), normal(10, 1));
        double z = 1.959964 + 1.281552;
        double fixed = 2 * z * z / (0.4 * 0.4);
        System.out.printf("effect 1 sd: %.1f networks per configuration on average (fixed-sample budget 400)%n",
                clear.meanNetworks());
        System.out.printf("effect 0.4 sd: %.1f on average, PASS rate %.3f; fixed-sample power analysis: %.0f%n",
                moderate.meanNetworks(), moderate.passRate(), fixed);
        // README documents 150 (a power analysis knowing the effect picks 131): hold it to that, with room for noise
        assertThat(moderate.meanNetworks()).isLessThan(165);
        assertThat(moderate.passRate()).isGreaterThanOrEqualTo(0.99);
    }

    /** DESIGN's default tolerance of a non-strict trend. */
    private static final class Trend5Percent {
        static final Margin TOLERANCE = Expectation.Trend.DEFAULT_TOLERANCE;
    }
}
