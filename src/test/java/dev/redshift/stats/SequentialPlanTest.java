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

    @Test
    void drawsEveryNetworkOnceInOrderAndSetsUndefinedValuesAside() {
        // value k is k, except every tenth network, whose measure is undefined
        List<long[]> calls = new ArrayList<>();
        ValueSource source = (first, count) -> {
            calls.add(new long[] {first, count});
            double[] v = new double[count];
            for (int k = 0; k < count; k++) {
                v[k] = (first + k) % 10 == 0 ? Double.NaN : first + k;
            }
            return new double[][] {v};
        };
        // bounds can never fit inside (39.9, 40.1): the plan runs to its maximum, looking at 80 and 120
        Evidence e = new SequentialTest(new Expectation.Within(39.9, 40.1), 0.95, new SamplesBudget(80, 120),
                List.of("x")).run(List.of("a"), List.of(source));
        assertThat(calls).extracting(c -> c[0] + "+" + c[1]).containsExactly("0+80", "80+40");
        assertThat(e.looks()).isEqualTo(2);
        // 0..119 without the 12 multiples of ten: 108 values summing to 7140 − 660 = 6480, mean 60
        ConfigurationEvidence a = e.configurations().get(0);
        assertThat(a.undefined()).isEqualTo(12);
        assertThat(a.summary().n()).isEqualTo(108);
        assertThat(a.summary().mean()).isEqualTo(60, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aCorrelationKeepsPairsAndDropsAPairWithEitherValueUndefined() {
        ValueSource source = (first, count) -> {
            double[] x = new double[count];
            double[] y = new double[count];
            for (int k = 0; k < count; k++) {
                x[k] = first + k;
                y[k] = (first + k) % 4 == 3 ? Double.NaN : 2 * (first + k);
            }
            return new double[][] {x, y};
        };
        Evidence e = new SequentialTest(new Expectation.Correlated(0.5), 0.95, new SamplesBudget(100, 100),
                List.of("x", "y")).run(List.of("a"), List.of(source));
        assertThat(e.configurations().get(0).undefined()).isEqualTo(25);
        assertThat(e.configurations().get(0).summary().n()).isEqualTo(75);
        assertThat(e.verdict()).isEqualTo(Verdict.PASS);
        assertThat(e.estimate()).isEqualTo(0.999999, org.assertj.core.api.Assertions.within(1e-9));
        ValueSource oneMeasure = (first, count) -> new double[][] {new double[count]};
        assertThatThrownBy(() -> new SequentialTest(new Expectation.Correlated(0.5), 0.95, new SamplesBudget(4, 8),
                List.of("x", "y")).run(List.of("a"), List.of(oneMeasure)))
                .hasMessage("a source gave 1 measures, expected 2");
        assertThatThrownBy(() -> new SequentialTest(new Expectation.Within(0, 1), 0.95, new SamplesBudget(4, 8),
                List.of("x")).run(List.of("a", "b"), List.of(oneMeasure)))
                .hasMessage("2 labels for 1 sources");
    }
}
