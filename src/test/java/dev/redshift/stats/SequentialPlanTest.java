package dev.redshift.stats;

import static dev.redshift.stats.Simulation.normal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequentialPlanTest {

    private static Evidence run(Expectation e, SamplesBudget budget, long claim, Simulation.Distribution... d) {
        List<String> labels = new ArrayList<>();
        List<ValueSource> sources = new ArrayList<>();
        for (int c = 0; c < d.length; c++) {
            labels.add(c == 0 ? "tanh at weightScale 16" : "weightScale " + c);
            sources.add(Simulation.source(claim, c, d[c]));
        }
        return new SequentialTest(e, 0.95, budget, List.of("lz")).run(labels, sources);
    }

    @Test
    void aClearClaimDecidesAtTheFirstLookAndSaysSoInOneSentence() {
        Evidence e = run(new Expectation.Ordered(false, Margin.ZERO), new SamplesBudget(48, 400), 1,
                normal(1060, 80), normal(500, 80));
        assertThat(e.verdict()).isEqualTo(Verdict.PASS);
        assertThat(e.networksPerConfiguration()).isEqualTo(48);
        assertThat(e.looks()).isEqualTo(1);
        assertThat(e.sentence()).matches(
                "tanh at weightScale 16 exceeds weightScale 1 by \\d+ \\(95% bounds \\d+ to \\d+\\) after 48 networks each");
        assertThat(e.bounds().lower()).isGreaterThan(400);
        assertThat(e.configurations()).hasSize(2);
        assertThat(e.configurations().get(0).summary().n()).isEqualTo(48);
    }

    @Test
    void neverLooksBeforeTheMinimumNorDrawsPastTheMaximum() {
        List<Integer> looks = new ArrayList<>();
        Evidence e = new SequentialTest(new Expectation.Ordered(false, Margin.ZERO), 0.95, new SamplesBudget(20, 90),
                List.of("x")).run(List.of("a", "b"),
                        List.of(Simulation.source(3, 0, normal(0, 1)), Simulation.source(3, 1, normal(0, 1))),
                        look -> looks.add(look.networksPerConfiguration()));
        assertThat(looks.get(0)).isEqualTo(20);
        assertThat(looks).isSorted().allMatch(n -> n <= 90);
        assertThat(e.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(e.networksPerConfiguration()).isEqualTo(90);
    }

    @Test
    void anInconclusiveClaimSaysAboutHowManyMoreNetworksWouldDecideIt() {
        Evidence e = run(new Expectation.Ordered(false, Margin.ZERO), new SamplesBudget(32, 64), 5,
                normal(10.25, 1), normal(10, 1));
        assertThat(e.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(e.additionalNetworks()).isPresent();
        assertThat(e.sentence()).contains("— about " + e.additionalNetworks().getAsInt()
                + " more networks per configuration would decide this");
    }

    @Test
    void theSameSeedGivesIdenticalEvidence() {
        Evidence a = run(new Expectation.Invariant(Margin.percent(10)), new SamplesBudget(32, 200), 9,
                normal(100, 5), normal(101, 5), normal(99, 5));
        Evidence b = run(new Expectation.Invariant(Margin.percent(10)), new SamplesBudget(32, 200), 9,
                normal(100, 5), normal(101, 5), normal(99, 5));
        assertThat(b).isEqualTo(a);
        assertThat(a.sentence()).contains("margin ±", "10% of the mean");
    }

    @Test
    void halfWidthsShrinkAndThePlannerInvertsThem() {
        ConfidenceSequence cs = AsymptoticConfidenceSequence.forBudget(32, 400);
        assertThat(cs.halfWidth(100, 1, 0.05)).isLessThan(cs.halfWidth(50, 1, 0.05));
        int n = cs.samplesFor(0.2, 1, 0.05);
        assertThat(cs.halfWidth(n, 1, 0.05)).isLessThan(0.2);
        assertThat(cs.halfWidth(n - 1, 1, 0.05)).isGreaterThanOrEqualTo(0.2);
        // wider than a fixed-n interval, the price of looking at will
        assertThat(cs.halfWidth(100, 1, 0.05)).isGreaterThan(1.96 / 10);
    }

    @Test
    void marginsParseAbsoluteAndRelative() {
        assertThat(Margin.parse("10%")).isEqualTo(Margin.percent(10));
        assertThat(Margin.parse(" 2.5 ")).isEqualTo(Margin.absolute(2.5));
        assertThat(Margin.percent(10).resolve(470)).isEqualTo(47, org.assertj.core.api.Assertions.within(1e-9));
        assertThatThrownBy(() -> Margin.parse("ten")).hasMessageContaining("percentage like 10%");
        assertThatThrownBy(() -> Margin.parse("-1")).hasMessageContaining("percentage like 10%");
    }

    @Test
    void correlatedNeedsTwoMeasures() {
        assertThatThrownBy(() -> new SequentialTest(new Expectation.Correlated(0.8), 0.95, new SamplesBudget(32, 64),
                List.of("lz"))).hasMessageContaining("exactly two measures");
    }
}
