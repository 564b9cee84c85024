package dev.redshift.stats;

import static dev.redshift.stats.Simulation.normal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sequential plan taken a look at a time ({@link SequentialTest.Progress}, as the scheduler drives it): what it
 * has drawn, what the next look adds, what is left, the projection, and the last word when time runs out; and the
 * small values the summaries of a run are built from.
 */
class StepwisePlanTest {

    private static SequentialTest.Progress plan(SamplesBudget budget, List<int[]> prepared, double mean) {
        LookAhead ahead = (first, count) -> prepared.add(new int[] {(int) first, count});
        return new SequentialTest(new Expectation.Ordered(false, Margin.ZERO), 0.95, budget, List.of("x"))
                .start(List.of("a", "b"), List.of(Simulation.source(21, 0, normal(mean, 1)),
                        Simulation.source(21, 1, normal(10, 1))), ahead);
    }

    @Test
    void aPlanCountsWhatItDrewWhatItsNextLookAddsAndWhatIsLeft() {
        List<int[]> prepared = new ArrayList<>();
        SequentialTest.Progress p = plan(new SamplesBudget(20, 60), prepared, 10);
        assertThat(p.evidence()).isNull();
        assertThat(p.conclude()).isNull();
        assertThat(p.projected()).isEmpty();
        assertThat(p.drawn()).isZero();
        assertThat(p.left()).isEqualTo(60);
        assertThat(p.nextLookSize()).isEqualTo(20);
        assertThat(p.finished()).isFalse();

        Evidence first = p.look();
        assertThat(p.evidence()).isSameAs(first);
        assertThat(first.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(p.drawn()).isEqualTo(20);
        assertThat(p.left()).isEqualTo(40);
        assertThat(p.nextLookSize()).isEqualTo(10); // 20 → 30: half again, at least 8
        assertThat(p.finished()).isFalse();

        // a resumed claim jumps to the networks it drew before, in one look, told to the look-ahead first
        Evidence jumped = p.lookTo(45);
        assertThat(p.drawn()).isEqualTo(45);
        assertThat(jumped.networksPerConfiguration()).isEqualTo(45);
        assertThat(jumped.looks()).isEqualTo(2);
        assertThat(prepared).extracting(r -> r[0] + "+" + r[1]).containsExactly("0+20", "20+25");
        assertThat(p.nextLookSize()).isEqualTo(15);

        // past the cap it stops at the cap, and a finished plan adds nothing and refuses more looks
        Evidence last = p.lookTo(1000);
        assertThat(p.drawn()).isEqualTo(60);
        assertThat(p.left()).isZero();
        assertThat(p.finished()).isTrue();
        assertThat(p.nextLookSize()).isZero();
        assertThat(p.conclude()).isSameAs(last);
        assertThat(prepared.get(2)).containsExactly(45, 15);
        assertThatThrownBy(p::look).isInstanceOf(IllegalStateException.class).hasMessage("the plan is finished");
        assertThatThrownBy(() -> p.lookTo(70)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUndecidedPlanProjectsTheNetworksThatWouldDecideItAndConcludesOnWhatItHas() {
        // a small real effect: 10.4 against 10, sd 1, undecided after 20 networks
        SequentialTest.Progress p = plan(new SamplesBudget(20, 100_000), new ArrayList<>(), 10.4);
        Evidence first = p.look();
        assertThat(first.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(first.additionalNetworks()).isEmpty(); // not the final look: no projection in its sentence
        Evidence concluded = p.conclude();
        assertThat(concluded).isNotSameAs(first);
        assertThat(concluded.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(concluded.networksPerConfiguration()).isEqualTo(20);
        assertThat(concluded.additionalNetworks()).isPresent();
        assertThat(p.projected()).isEqualTo(concluded.additionalNetworks());
        assertThat(p.projected().getAsInt()).isPositive();
        assertThat(p.finished()).isFalse();
    }

    @Test
    void aDecidedPlanProjectsNothing() {
        SequentialTest.Progress p = plan(new SamplesBudget(20, 400), new ArrayList<>(), 20);
        Evidence e = p.look();
        assertThat(e.verdict()).isEqualTo(Verdict.PASS);
        assertThat(p.finished()).isTrue();
        assertThat(p.projected()).isEmpty();
        assertThat(p.conclude()).isSameAs(e);
    }

    @Test
    void aPlanAtItsCapProjectsFromItsLastLook() {
        SequentialTest.Progress p = plan(new SamplesBudget(20, 20), new ArrayList<>(), 10.3);
        Evidence e = p.look();
        assertThat(e.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(p.finished()).isTrue();
        assertThat(e.additionalNetworks()).isPresent();
        assertThat(p.projected()).isEqualTo(e.additionalNetworks());
    }

    @Test
    void labelsAndSourcesMustPair() {
        SequentialTest t = new SequentialTest(new Expectation.Ordered(false, Margin.ZERO), 0.95,
                new SamplesBudget(4, 8), List.of("x"));
        assertThatThrownBy(() -> t.start(List.of("a"), List.of(), LookAhead.NONE))
                .hasMessage("1 labels for 0 sources");
    }

    @Test
    void aFittedQuadraticGivesItsValueAnywhereInX() {
        // y = 2 + 3x − x² on x = 1..5 exactly: the fit reproduces it between and beyond the levels
        double[] x = {1, 2, 3, 4, 5};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 + 3 * x[i] - x[i] * x[i];
        }
        QuadraticPeak.Quadratic q = QuadraticPeak.fit(x, y);
        for (double at : new double[] {1, 1.5, 3, 4.25, 5, 7}) {
            assertThat(q.at(at)).as("x = %s", at).isCloseTo(2 + 3 * at - at * at, within(1e-9));
        }
        assertThat(q.vertex()).isCloseTo(1.5, within(1e-9));
        assertThat(q.lo()).isEqualTo(1);
        assertThat(q.hi()).isEqualTo(5);
    }

    @Test
    void summariesAreEqualByKindLevelsAndScaleAndReadAsWritten() {
        double[] levels = {1, 4, 16};
        RunSummary slope = RunSummary.of(RunSummary.Kind.SLOPE, levels, RunSummary.Scale.AUTO);
        RunSummary same = RunSummary.of(RunSummary.Kind.SLOPE, new double[] {1, 4, 16}, RunSummary.Scale.LOG);
        RunSummary linear = RunSummary.of(RunSummary.Kind.SLOPE, levels, RunSummary.Scale.LINEAR);
        RunSummary peak = RunSummary.of(RunSummary.Kind.PEAK, levels, RunSummary.Scale.AUTO);
        RunSummary otherLevels = RunSummary.of(RunSummary.Kind.SLOPE, new double[] {1, 4, 8}, RunSummary.Scale.AUTO);
        assertThat(slope).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(slope).isNotEqualTo(linear).isNotEqualTo(peak).isNotEqualTo(otherLevels).isNotEqualTo("slope");
        assertThat(List.of(slope.hashCode(), linear.hashCode(), peak.hashCode(), otherLevels.hashCode()))
                .doesNotHaveDuplicates();
        assertThat(slope.hashCode()).isEqualTo(31 * (31 * RunSummary.Kind.SLOPE.hashCode()
                + java.util.Arrays.hashCode(levels)) + Boolean.hashCode(true));
        assertThat(slope).hasToString("slope[1.0, 4.0, 16.0] (log)");
        assertThat(linear).hasToString("slope[1.0, 4.0, 16.0]");
        assertThat(peak.describe("lz", "prefactor")).isEqualTo("peak of lz over prefactor (quadratic in ln prefactor)");
        assertThat(RunSummary.of(RunSummary.Kind.PEAK, levels, RunSummary.Scale.LINEAR).describe("lz", "prefactor"))
                .isEqualTo("peak of lz over prefactor");
        assertThat(slope.describe("fourier", "weightScale")).isEqualTo("slope of fourier against ln weightScale");
        assertThat(linear.describe("fourier", "weightScale")).isEqualTo("slope of fourier against weightScale");
    }
}
