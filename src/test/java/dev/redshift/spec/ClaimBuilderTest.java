package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redshift.measure.MeasureOptions;
import dev.redshift.stats.Expectation;
import dev.redshift.stats.Margin;
import dev.redshift.stats.SamplesBudget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java claim API: every setting, chained, reaches the plan; every refusal names what is allowed. */
class ClaimBuilderTest {

    private static final SourcePosition AT = new SourcePosition("Claims.java", 12, 5);

    @Test
    void everySettingReachesThePlan() {
        ClaimBuilder b = ClaimBuilder.claim("tanh rises").source("Fig. 4").tags("fig4", "tanh").network("mlp")
                .with("activation", "tanh").with(Map.of("depth", 2)).vary("weightScale", 1, 4, 16)
                .measure("lz").expect("increasing").tolerance("2").confidence(0.9).samples(8, 24).seed(5).grid(16);
        assertThat(b.name()).isEqualTo("tanh rises");
        ClaimPlan p = b.build("Spec", AT);
        assertThat(p.name()).isEqualTo("tanh rises");
        assertThat(p.spec()).isEqualTo("Spec");
        assertThat(p.source()).isEqualTo("Fig. 4");
        assertThat(p.tags()).containsExactly("fig4", "tanh");
        assertThat(p.network()).isEqualTo("mlp");
        assertThat(p.varied()).isEqualTo("weightScale");
        assertThat(p.configurations()).extracting(Configuration::label)
                .containsExactly("weightScale 1", "weightScale 4", "weightScale 16");
        assertThat(p.configurations().get(2).parameters().integer("depth")).isEqualTo(2);
        assertThat(p.measureNames()).containsExactly("lz");
        assertThat(p.expectation()).isEqualTo(new Expectation.Trend(true, false, Margin.absolute(2)));
        assertThat(p.confidence()).isEqualTo(0.9);
        assertThat(p.budget()).isEqualTo(new SamplesBudget(8, 24));
        assertThat(p.seed()).isEqualTo(5);
        assertThat(p.configurations()).extracting(Configuration::seed)
                .containsExactly(Seeds.ofConfiguration(5, 0), Seeds.ofConfiguration(5, 1), Seeds.ofConfiguration(5, 2));
        assertThat(p.grid()).isEqualTo(16);
        assertThat(p.position()).isEqualTo(AT);
    }

    @Test
    void expectationsTakeTheirMarginsAndValues() {
        ClaimBuilder cmp = ClaimBuilder.claim("c").compare(Map.of("weightScale", 1), Map.of("weightScale", 2));
        assertThat(cmp.expect("less").margin("10%").build("S", AT).expectation())
                .isEqualTo(new Expectation.Ordered(true, Margin.percent(10)));
        assertThat(cmp.expect("greater").margin(Margin.absolute(3)).build("S", AT).expectation())
                .isEqualTo(new Expectation.Ordered(false, Margin.absolute(3)));
        assertThat(cmp.expect("equivalent").build("S", AT).expectation())
                .isEqualTo(new Expectation.Equivalent(Margin.absolute(3)));
        assertThat(cmp.expect("strictly decreasing").tolerance(Margin.absolute(9)).build("S", AT).expectation())
                .isEqualTo(new Expectation.Trend(false, true, Margin.ZERO));
        assertThat(cmp.expect("decreasing").build("S", AT).expectation())
                .isEqualTo(new Expectation.Trend(false, false, Margin.absolute(9)));
        assertThat(ClaimBuilder.claim("w").expectWithin(1, 2).build("S", AT).expectation())
                .isEqualTo(new Expectation.Within(1, 2));
        ClaimPlan corr = ClaimBuilder.claim("r").over(List.of(Map.of("weightScale", 1), Map.of("weightScale", 4)))
                .measures("lz", "fourier").expectCorrelated(0.7).build("S", AT);
        assertThat(corr.expectation()).isEqualTo(new Expectation.Correlated(0.7));
        assertThat(corr.measureNames()).containsExactly("lz", "fourier");
        assertThat(ClaimBuilder.claim("m").measures(List.of(new MeasureChoice("lz", MeasureOptions.DEFAULTS),
                new MeasureChoice("lz76", MeasureOptions.DEFAULTS))).over(List.of(Map.of()))
                .expectCorrelated(0.1).build("S", AT).measureNames()).containsExactly("lz", "lz76");
    }

    @Test
    void labelsNameWhatDiffers() {
        ClaimPlan p = ClaimBuilder.claim("c").compare(List.of(Map.of("activation", "tanh", "layerNorm", true),
                Map.of("activation", "tanh"))).expect("less").build("S", AT);
        assertThat(p.configurations()).extracting(Configuration::label).containsExactly("layerNorm on", "layerNorm off");
        ClaimPlan same = ClaimBuilder.claim("c").compare(Map.of(), Map.of()).expect("less").build("S", AT);
        assertThat(same.configurations()).extracting(Configuration::label)
                .containsExactly("configuration 1", "configuration 2");
        ClaimPlan one = ClaimBuilder.claim("c").with("activation", "sin").expectWithin(0, 1).build("S", AT);
        assertThat(one.configurations()).extracting(Configuration::label).containsExactly("sin");
        ClaimPlan families = ClaimBuilder.claim("c").compare(Map.of("network", "fourier-unbiased"),
                Map.of("activation", "relu")).expect("greater").build("S", AT);
        assertThat(families.configurations()).extracting(Configuration::label)
                .containsExactly("fourier-unbiased", "mlp relu");
        ClaimPlan scales = ClaimBuilder.claim("c").vary("weightScale", 0.5, 2.0).expect("increasing").build("S", AT);
        assertThat(scales.configurations()).extracting(Configuration::label)
                .containsExactly("weightScale 0.5", "weightScale 2");
    }

    @Test
    void aClaimWithoutASeedTakesOneFromItsSpecTitleAndName() {
        ClaimPlan p = ClaimBuilder.claim("named").expectWithin(0, 1).build("S", AT);
        assertThat(p.seed()).isEqualTo(Seeds.of("S", "named"));
        assertThat(p.confidence()).isEqualTo(0.95);
        assertThat(p.budget()).isEqualTo(new SamplesBudget(32, 400));
        assertThat(ClaimBuilder.claim("n").expectWithin(0, 1).build("S", AT, new ClaimDefaults(0.8, 0.5, null))
                .budget()).isEqualTo(new SamplesBudget(16, 200));
    }

    @Test
    void mistakesAreRefusedWithWhatIsAllowed() {
        assertThatThrownBy(() -> ClaimBuilder.claim("c").build("S", AT))
                .hasMessageStartingWith("missing expect — expected one of invariant, increasing");
        assertThatThrownBy(() -> ClaimBuilder.claim("c").vary("width", List.of()))
                .hasMessage("vary needs at least one level of width");
        assertThatThrownBy(() -> ClaimBuilder.claim("c").expect("within"))
                .hasMessage("within takes a value: use expectWithin or expectCorrelated");
        assertThatThrownBy(() -> ClaimBuilder.claim("c").confidence(1))
                .hasMessage("must be between 0 and 1 (e.g. 0.95), got 1.0");
        assertThatThrownBy(() -> ClaimBuilder.claim("c").confidence(0))
                .hasMessage("must be between 0 and 1 (e.g. 0.95), got 0.0");
        assertThat(ClaimBuilder.claim("c").grid(4).expectWithin(0, 1).build("S", AT).grid()).isEqualTo(4);
        assertThatThrownBy(() -> ClaimBuilder.claim("c").grid(3)).hasMessage("must be at least 4 points per axis, got 3");
        assertThatThrownBy(() -> ClaimBuilder.claim("c").samples(9, 8))
                .hasMessage("samples.max (8) must be at least samples.min (9)");
        assertThatThrownBy(() -> ClaimBuilder.claim("c").measure("lzz")).hasMessageStartingWith("unknown measure 'lzz'");
        assertThatThrownBy(() -> ClaimBuilder.claim("c").network("transformr"))
                .hasMessageStartingWith("unknown network 'transformr'");
        assertThatThrownBy(() -> ClaimBuilder.claim("c").vary("width", 8, 16).expect("invariant").build("S", AT))
                .hasMessage("invariant needs a margin: a number or a percentage like 10%");
        assertThatThrownBy(() -> ClaimBuilder.claim("c").vary("width", 8).expect("increasing").build("S", AT))
                .hasMessage("increasing compares at least 2 configurations; give vary with 2+ levels or compare");
        assertThatThrownBy(() -> ClaimBuilder.claim("c").vary("width", 8, 16).compare(Map.of(), Map.of())
                .expect("less").build("S", AT))
                .hasMessage("use one of vary, compare and over in a claim, not several");
        assertThatThrownBy(() -> ClaimBuilder.claim("c").measures("lz", "fourier").expectCorrelated(0.5)
                .build("S", AT)).hasMessage("correlated pools the networks of over: [ {…}, … ]; over is missing");
        assertThatThrownBy(() -> ClaimBuilder.claim("c").over(List.of(Map.of())).expectWithin(0, 1).build("S", AT))
                .hasMessage("over is only for correlated; use vary or compare");
        assertThatThrownBy(() -> ClaimBuilder.claim("c").over(List.of(Map.of())).expectCorrelated(0.5)
                .build("S", AT)).hasMessage("correlated needs measures: [a, b], two measure names");
        assertThatThrownBy(() -> ClaimBuilder.claim("c").measures("lz", "lz76").expectWithin(0, 1).build("S", AT))
                .hasMessage("measures (plural) is for correlated; use measure");
    }
}
