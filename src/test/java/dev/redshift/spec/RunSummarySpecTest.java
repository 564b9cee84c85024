package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.stats.RunSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code slope:} and {@code peak:} in specs: the plan they make, and every mistake as one positioned line. */
class RunSummarySpecTest {

    private static SpecFile parse(String text) {
        return new SpecParser().parse("specs/test.yaml", text);
    }

    private static String claimWith(String lines) {
        return "spec: t\nclaims:\n  - claim: c\n" + lines.indent(4);
    }

    private static String error(String lines) {
        SpecFile f = parse(claimWith(lines));
        assertThat(f.claims().get(0).error()).as("expected the claim to be refused").isNotNull();
        return f.claims().get(0).error().getMessage();
    }

    @Test
    void aSlopeClaimSamplesEveryLevelOfEveryComparedConfigurationOnItsSeed() {
        ClaimPlan plan = parse(claimWith("""
                with: { activation: tanh }
                compare: [ { gating: true }, { gating: false } ]
                slope: { weightScale: [1, 2, 4] }
                expect: greater""")).claims().get(0).plan();
        assertThat(plan.configurations()).extracting(Configuration::label)
                .containsExactly("gating on", "gating off");
        assertThat(((LevelSummary) plan.summary()).summary()).isEqualTo(
                new RunSummary(RunSummary.Kind.SLOPE, new double[] {1, 2, 4}, true));
        assertThat(plan.sampled()).hasSize(6).extracting(Configuration::label).containsExactly(
                "gating on, weightScale 1", "gating on, weightScale 2", "gating on, weightScale 4",
                "gating off, weightScale 1", "gating off, weightScale 2", "gating off, weightScale 4");
        assertThat(plan.sampled().get(2).parameters().number("weightScale")).isEqualTo(4.0);
        assertThat(plan.sampled().get(2).parameters().bool("gating")).isTrue();
        // network k is the same draw at every level of a configuration; configurations stay independent
        assertThat(plan.sampled().subList(0, 3)).extracting(Configuration::seed).containsOnly(
                plan.configurations().get(0).seed());
        assertThat(plan.sampled().get(3).seed()).isEqualTo(plan.configurations().get(1).seed())
                .isNotEqualTo(plan.configurations().get(0).seed());
        assertThat(plan.firstSampled(1)).isEqualTo(3);
        assertThat(plan.valueLabel()).isEqualTo("slope of lz against ln weightScale");
    }

    @Test
    void aPeakClaimWithVaryAndAnExplicitLinearScale() {
        ClaimPlan plan = parse(claimWith("""
                with: { activation: gaussian }
                vary: { depth: [1, 2] }
                peak: { prefactor: [0.5, 1, 2], scale: linear }
                expect: increasing""")).claims().get(0).plan();
        assertThat(((LevelSummary) plan.summary()).summary().logScale()).isFalse();
        assertThat(plan.sampled()).hasSize(6);
        assertThat(plan.sampled().get(4).parameters().integer("depth")).isEqualTo(2);
        assertThat(plan.sampled().get(4).parameters().number("prefactor")).isEqualTo(1.0);
    }

    @Test
    void anUnknownParameterNamesTheFamilysParameters() {
        assertThat(error("slope: { wieghtScale: [1, 2] }\nexpect: { within: [0, 1] }"))
                .startsWith("specs/test.yaml:4:14: unknown parameter 'wieghtScale' of network mlp — expected one of"
                        + " activation, depth, width, weightScale");
    }

    @Test
    void tooFewLevelsAreRefusedAtTheLevels() {
        assertThat(error("slope: { weightScale: [1] }\nexpect: { within: [0, 1] }")).isEqualTo(
                "specs/test.yaml:4:27: slope needs a list of at least 2 levels of weightScale, e.g. [1, 2, 4, 8]");
        assertThat(error("peak: { prefactor: [1, 2] }\nexpect: { within: [0, 1] }")).isEqualTo(
                "specs/test.yaml:4:24: peak needs a list of at least 3 levels of prefactor, e.g. [1, 2, 4, 8]");
        assertThat(error("slope: { weightScale: [2, 2] }\nexpect: { within: [0, 1] }")).isEqualTo(
                "specs/test.yaml:4:27: slope needs at least 2 distinct levels, got [2.0, 2.0]");
    }

    @Test
    void nonPositiveLevelsOnALogScaleAreRefused() {
        assertThat(error("slope: { biasScale: [0, 1, 2], scale: log }\nexpect: { within: [0, 1] }")).isEqualTo(
                "specs/test.yaml:4:25: slope on a log scale needs levels > 0, got 0.0 — use scale: linear");
        assertThat(error("slope: { biasScale: [0, 1], scale: logarithmic }\nexpect: { within: [0, 1] }"))
                .isEqualTo("specs/test.yaml:4:40: unknown scale 'logarithmic' — expected one of linear, log");
        // without scale: a level ≤ 0 simply means a linear scale
        ClaimPlan linear = parse(claimWith("slope: { biasScale: [0, 1, 2] }\nexpect: { within: [0, 1] }")).claims()
                .get(0).plan();
        assertThat(((LevelSummary) linear.summary()).summary().logScale()).isFalse();
    }

    @Test
    void aSummarisedParameterCannotAlsoBeVariedOrCompared() {
        assertThat(error("vary: { weightScale: [1, 2] }\nslope: { weightScale: [1, 2] }\nexpect: increasing"))
                .isEqualTo("specs/test.yaml:5:14: weightScale is both varied and summarised by slope — vary another"
                        + " parameter");
        assertThat(error("compare: [ { weightScale: 1 }, { activation: tanh } ]\nslope: { weightScale: [1, 2] }\n"
                + "expect: greater")).isEqualTo("specs/test.yaml:3:5: weightScale is set in compare and summarised"
                        + " by slope; drop it from the configuration");
        assertThat(error("slope: { weightScale: [1, 2] }\npeak: { prefactor: [1, 2, 4] }\nexpect: { within: [0, 1] }"))
                .isEqualTo("specs/test.yaml:5:5: a claim summarises networks one way — use slope or peak, not both");
        assertThat(error("slope: { weightScale: [1, 2], depth: [1, 2] }\nexpect: { within: [0, 1] }"))
                .startsWith("specs/test.yaml:4:12: slope takes exactly one parameter, got 2");
        assertThat(error("slope: { activation: [relu, tanh] }\nexpect: { within: [0, 1] }"))
                .isEqualTo("specs/test.yaml:4:26: slope levels must be numbers, got 'relu'");
    }

    @Test
    void aSpreadClaimSamplesPairsOfNetworksAndAClaimMayQuoteItsOwnSource() {
        ClaimPlan plan = parse("spec: t\nsource: file citation\nclaims:\n  - claim: c\n"
                + "    source: '§3: \"The variance in complexity is essentially zero\"'\n"
                + "    spread: relative\n    expect: { within: [0, 0.1] }\n").claims().get(0).plan();
        assertThat(plan.summary()).isEqualTo(new PairSpread());
        assertThat(plan.sampled()).isEqualTo(plan.configurations());
        assertThat(plan.valueLabel()).isEqualTo("relative difference of lz between two random networks");
        assertThat(plan.source()).isEqualTo("§3: \"The variance in complexity is essentially zero\"");
        assertThat(error("spread: absolute\nexpect: { within: [0, 1] }"))
                .isEqualTo("specs/test.yaml:4:13: unknown spread 'absolute' — expected relative");
        assertThat(error("spread: relative\nslope: { weightScale: [1, 2] }\nexpect: { within: [0, 1] }"))
                .isEqualTo("specs/test.yaml:4:5: spread compares pairs of networks, slope and peak the levels of one"
                        + " network — use one of them");
    }

    @Test
    void javaClaimsBuildTheSameSummary() {
        ClaimPlan plan = ClaimBuilder.claim("j").with("activation", "tanh").slope("weightScale", List.of(1, 4, 16))
                .expectWithin(0, 10).build("t", new SourcePosition("x.java", 1, 1));
        assertThat(plan.sampled()).hasSize(3);
        assertThat(((LevelSummary) plan.summary()).summary().logScale()).isTrue();
    }
}
