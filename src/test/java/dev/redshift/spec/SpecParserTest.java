package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redshift.stats.Expectation;
import dev.redshift.stats.Margin;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecParserTest {

    private static final String DESIGN_EXAMPLE = """
            spec: Weight magnitude and activations
            source: Neural Redshift §3, Fig. 4-5
            defaults:
              network: mlp
              with: { activation: relu, depth: 3, width: 64 }
              measure: lz
              samples: { min: 32, max: 400 }
              confidence: 0.95
            claims:
              - claim: ReLU complexity is invariant to weight scale
                tags: [table1, relu]
                vary: { weightScale: [1, 4, 16] }
                expect: invariant
                margin: 10%
              - claim: Tanh complexity rises with weight scale
                with: { activation: tanh, depth: 6 }
                vary: { weightScale: [1, 4, 16] }
                expect: increasing
              - claim: Layer norm lowers tanh complexity at large weights
                compare:
                  - { activation: tanh, weightScale: 16, layerNorm: true }
                  - { activation: tanh, weightScale: 16 }
                expect: less
              - claim: LZ and Fourier complexity agree across activations
                over: [ { activation: relu }, { activation: tanh, weightScale: 16 }, { activation: sin, weightScale: 16 } ]
                measures: [lz, fourier]
                expect: { correlated: 0.8 }
            """;

    private static SpecFile parse(String text) {
        return new SpecParser().parse("specs/test.yaml", text);
    }

    private static SpecException claimError(String text) {
        SpecFile f = parse(text);
        assertThat(f.claims()).hasSize(1);
        assertThat(f.claims().get(0).error()).as("expected the claim to be refused").isNotNull();
        return f.claims().get(0).error();
    }

    private static String claimWith(String lines) {
        return "spec: t\nclaims:\n  - claim: c\n" + lines.indent(4);
    }

    @Test
    void parsesTheDesignExample() {
        SpecFile f = parse(DESIGN_EXAMPLE);
        assertThat(f.title()).isEqualTo("Weight magnitude and activations");
        assertThat(f.claims()).extracting(ClaimEntry::error).containsOnlyNulls();
        ClaimPlan relu = f.claims().get(0).plan();
        assertThat(relu.configurations()).extracting(Configuration::label)
                .containsExactly("weightScale 1", "weightScale 4", "weightScale 16");
        assertThat(relu.expectation()).isEqualTo(new Expectation.Invariant(Margin.percent(10)));
        assertThat(relu.tags()).containsExactly("table1", "relu");
        assertThat(relu.position()).isEqualTo(new SourcePosition("specs/test.yaml", 10, 5));
        ClaimPlan tanh = f.claims().get(1).plan();
        assertThat(tanh.configurations().get(0).parameters().integer("depth")).isEqualTo(6);
        assertThat(tanh.configurations().get(0).parameters().integer("width")).isEqualTo(64);
        assertThat(tanh.expectation()).isEqualTo(new Expectation.Trend(true, false, Margin.percent(5)));
        ClaimPlan ln = f.claims().get(2).plan();
        assertThat(ln.configurations()).extracting(Configuration::label)
                .containsExactly("layerNorm on", "layerNorm off");
        ClaimPlan corr = f.claims().get(3).plan();
        assertThat(corr.measureNames()).containsExactly("lz", "fourier");
        assertThat(corr.configurations()).hasSize(3);
    }

    @Test
    void seedsDeriveFromPathAndNameAndConfigurationsAreIndependent() {
        ClaimPlan a = parse(DESIGN_EXAMPLE).claims().get(0).plan();
        ClaimPlan again = parse(DESIGN_EXAMPLE).claims().get(0).plan();
        ClaimPlan elsewhere = new SpecParser().parse("specs/other.yaml", DESIGN_EXAMPLE).claims().get(0).plan();
        assertThat(again.seed()).isEqualTo(a.seed());
        assertThat(elsewhere.seed()).isNotEqualTo(a.seed());
        assertThat(a.configurations().get(0).seed()).isNotEqualTo(a.configurations().get(1).seed());
    }

    @Test
    void anUnknownKeyIsNamedWithItsPositionAndTheAllowedKeys() {
        SpecException e = claimError(claimWith("expect: less\nmargn: 3"));
        assertThat(e.getMessage()).startsWith("specs/test.yaml:5:5: unknown key of a claim 'margn' — expected one of claim, tags");
    }

    @Test
    void aMisspelledActivationListsTheKnownOnes() {
        SpecException e = claimError(claimWith("with: { activation: rleu }\nvary: { weightScale: [1, 2] }\nexpect: increasing"));
        assertThat(e.getMessage()).isEqualTo("specs/test.yaml:4:25: unknown activation 'rleu' — expected one of "
                + String.join(", ", dev.redshift.network.Activations.ids()));
    }

    @Test
    void aWrongTypeIsNamed() {
        assertThat(claimError(claimWith("with: { depth: deep }\nexpect: { within: [0, 1] }")).getMessage())
                .isEqualTo("specs/test.yaml:4:20: depth must be an integer, got 'deep'");
        assertThat(claimError(claimWith("confidence: high\nexpect: { within: [0, 1] }")).getMessage())
                .contains(":4:17: expected a number, got 'high'");
    }

    @Test
    void aBudgetOrGridBeyondTheLimitsIsOneLineNotAWrappedNumber() {
        assertThat(claimError(claimWith("samples: { min: 100000000000, max: 100000000000 }\nexpect: { within: [0, 1] }"))
                .getMessage()).isEqualTo("specs/test.yaml:4:14: samples.max 100000000000 exceeds the limit of 1000000"
                        + " networks per configuration");
        assertThat(claimError(claimWith("grid: 100000000000\nexpect: { within: [0, 1] }")).getMessage())
                .isEqualTo("specs/test.yaml:4:11: expected an integer of at most 2147483647, got 100000000000");
    }

    @Test
    void anUnknownExpectationListsTheAllowedOnes() {
        assertThat(claimError(claimWith("vary: { width: [8, 16] }\nexpect: incresing")).getMessage())
                .isEqualTo("specs/test.yaml:5:13: unknown expectation 'incresing' — expected one of invariant,"
                        + " increasing, decreasing, strictly increasing, strictly decreasing, less, greater,"
                        + " equivalent, {within: [lo, hi]}, {correlated: r}");
    }

    @Test
    void anEmptyVaryIsRefused() {
        assertThat(claimError(claimWith("vary: { weightScale: [] }\nexpect: increasing")).getMessage())
                .isEqualTo("specs/test.yaml:4:26: vary needs a non-empty list of levels of weightScale, e.g. [1, 4, 16]");
    }

    @Test
    void invariantWithoutAMarginIsRefused() {
        assertThat(claimError(claimWith("vary: { width: [8, 16] }\nexpect: invariant")).getMessage())
                .contains("invariant needs a margin");
    }

    @Test
    void aBadClaimDoesNotStopTheOthers() {
        SpecFile f = parse("""
                spec: t
                claims:
                  - claim: bad
                    network: transformr
                    expect: less
                  - claim: good
                    compare: [ {weightScale: 1}, {weightScale: 2} ]
                    expect: less
                """);
        assertThat(f.claims().get(0).error().getMessage()).contains(":4:14: unknown network 'transformr'");
        assertThat(f.claims().get(1).plan()).isNotNull();
    }

    @Test
    void aBrokenFileIsOneErrorWithItsPosition() {
        assertThatThrownBy(() -> parse("spec: t\nclaims:\n  - claim: [unclosed\n"))
                .isInstanceOf(SpecException.class).hasMessageStartingWith("specs/test.yaml:4:1: not valid YAML");
        assertThatThrownBy(() -> parse("spec: t\nclams: []\n"))
                .hasMessage("specs/test.yaml:2:1: unknown top-level key 'clams' — expected one of spec, source, defaults, claims");
    }

    @Test
    void aComparedConfigurationMayNameItsOwnNetwork() {
        SpecFile f = parse("""
                spec: t
                claims:
                  - claim: unbiased
                    compare: [ {network: fourier-unbiased}, {network: mlp, activation: tanh} ]
                    expect: greater
                """);
        assertThat(f.claims().get(0).plan().configurations()).extracting(Configuration::network)
                .containsExactly("fourier-unbiased", "mlp");
    }

    @Test
    void runWideDefaultsScaleBudgetsAndOverrideSeeds() {
        ClaimDefaults quick = new ClaimDefaults(0.9, 0.5, 7L);
        ClaimPlan p = new SpecParser(quick).parse("specs/test.yaml", """
                spec: t
                claims:
                  - claim: c
                    samples: { min: 32, max: 400 }
                    compare: [ {weightScale: 1}, {weightScale: 2} ]
                    expect: less
                """).claims().get(0).plan();
        assertThat(p.budget().min()).isEqualTo(16);
        assertThat(p.budget().max()).isEqualTo(200);
        assertThat(p.confidence()).isEqualTo(0.9);
        assertThat(p.seed()).isNotEqualTo(parse("spec: t\nclaims:\n  - claim: c\n    compare: [ {weightScale: 1}, {weightScale: 2} ]\n    expect: less\n")
                .claims().get(0).plan().seed());
        assertThat(List.of(p.budget())).isNotEmpty();
    }
}
