package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redshift.measure.GridOrdering;
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
    void seedsDeriveFromTitleAndNameNotThePathAndConfigurationsAreIndependent() {
        ClaimPlan a = parse(DESIGN_EXAMPLE).claims().get(0).plan();
        ClaimPlan again = parse(DESIGN_EXAMPLE).claims().get(0).plan();
        ClaimPlan elsewhere = new SpecParser().parse("specs/other.yaml", DESIGN_EXAMPLE).claims().get(0).plan();
        ClaimPlan retitled = new SpecParser().parse("specs/test.yaml", DESIGN_EXAMPLE.replace(
                "spec: Weight magnitude and activations", "spec: Another title")).claims().get(0).plan();
        assertThat(again.seed()).isEqualTo(a.seed());
        assertThat(elsewhere.seed()).isEqualTo(a.seed());
        assertThat(retitled.seed()).isNotEqualTo(a.seed());
        assertThat(parse(DESIGN_EXAMPLE).claims().get(1).plan().seed()).isNotEqualTo(a.seed());
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
    void anInfiniteParameterIsRefusedWhereItIsWritten() {
        assertThat(claimError(claimWith("vary: { weightScale: [1, 1e400] }\nexpect: increasing")).getMessage())
                .isEqualTo("specs/test.yaml:4:30: weightScale must be a finite number, got 'Infinity'");
    }

    @Test
    void theShareOfNetworksThatMovedAndACorrelationWithinAMarginOfZeroParse() {
        SpecFile f = parse(claimWith("vary: { width: [8, 16] }\nexpect: { fraction-decreasing: 0.5 }"));
        assertThat(f.claims().get(0).plan().expectation()).isEqualTo(new Expectation.Fraction(false, 0.5));
        SpecFile g = parse(claimWith("over: [ { width: 8 }, { width: 16 } ]\nmeasures: [lz, fourier]\n"
                + "expect: { uncorrelated: 0.3 }"));
        assertThat(g.claims().get(0).plan().expectation()).isEqualTo(new Expectation.Uncorrelated(0.3));
        assertThat(claimError(claimWith("vary: { width: [8, 16] }\nexpect: { fraction-increasing: 1 }")).getMessage())
                .isEqualTo("specs/test.yaml:3:5: fraction-increasing needs 0 ≤ p < 1, got 1.0");
        assertThat(claimError(claimWith("vary: { width: [8, 16] }\nexpect: fraction")).getMessage())
                .contains("fraction takes a value");
    }

    @Test
    void anUnknownExpectationListsTheAllowedOnes() {
        assertThat(claimError(claimWith("vary: { width: [8, 16] }\nexpect: incresing")).getMessage())
                .isEqualTo("specs/test.yaml:5:13: unknown expectation 'incresing' — expected one of invariant,"
                        + " increasing, decreasing, strictly increasing, strictly decreasing, less, greater,"
                        + " equivalent, {within: [lo, hi]}, {correlated: r}, {anticorrelated: r}, {uncorrelated: m},"
                        + " {fraction-decreasing: p}, {fraction-increasing: p}");
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
                .hasMessage("specs/test.yaml:2:1: unknown top-level key 'clams' — expected one of spec, source, defaults, claims, profile");
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
        assertThat(p.seed()).isNotEqualTo(7L).isNotEqualTo(Seeds.of("specs/test.yaml", "c"));
    }

    @Test
    void aSeedOverrideCombinesWithEachClaimsSeedInsteadOfReplacingIt() {
        String two = """
                spec: t
                claims:
                  - claim: first
                    seed: 11
                    compare: [ {weightScale: 1}, {weightScale: 2} ]
                    expect: less
                  - claim: second
                    seed: 12
                    compare: [ {weightScale: 1}, {weightScale: 2} ]
                    expect: less
                  - claim: third
                    seed: 11
                    compare: [ {weightScale: 1}, {weightScale: 2} ]
                    expect: less
                """;
        List<ClaimPlan> seven = plans(new SpecParser(new ClaimDefaults(0.95, 1, 7L)).parse("specs/test.yaml", two));
        List<ClaimPlan> eight = plans(new SpecParser(new ClaimDefaults(0.95, 1, 8L)).parse("specs/test.yaml", two));
        // golden: the combination of override 7 with claim "first" and its seed 11 must not drift between versions
        assertThat(seven.get(0).seed()).isEqualTo(SEVEN_FIRST_11);
        // every claim keeps its own stream: neither the claim's seed nor its name is dropped
        assertThat(seven).extracting(ClaimPlan::seed).doesNotHaveDuplicates();
        assertThat(seven.get(0).seed()).isNotEqualTo(eight.get(0).seed());
        List<ClaimPlan> plain = plans(parse(two));
        assertThat(plain.get(0).seed()).isEqualTo(11);
        assertThat(seven.get(0).seed()).isNotEqualTo(11);
        // configurations of different claims share no seed under an override
        assertThat(seven.stream().flatMap(c -> c.configurations().stream()).map(Configuration::seed).distinct())
                .hasSize(6);
    }

    /**
     * Seed of claim "first" (seed 11) of the spec titled "t" under the override 7: SplitMix64's finaliser of
     * (7 XOR SHA-256("t#first")'s first 8 bytes) + golden gamma, XOR 11, computed in Python.
     */
    private static final long SEVEN_FIRST_11 = 4618741100377717030L;

    private static List<ClaimPlan> plans(SpecFile f) {
        return f.claims().stream().map(ClaimEntry::plan).toList();
    }

    @Test
    void theToleranceKeySetsATrendsTolerance() {
        ClaimPlan p = parse(claimWith("vary: { width: [8, 16] }\nexpect: increasing\ntolerance: 20%")).claims().get(0)
                .plan();
        assertThat(p.expectation()).isEqualTo(new Expectation.Trend(true, false, Margin.percent(20)));
        ClaimPlan absolute = parse(claimWith("vary: { width: [8, 16] }\nexpect: decreasing\ntolerance: 3"))
                .claims().get(0).plan();
        assertThat(absolute.expectation()).isEqualTo(new Expectation.Trend(false, false, Margin.absolute(3)));
        assertThat(claimError(claimWith("vary: { width: [8, 16] }\nexpect: increasing\ntolerance: lots"))
                .getMessage()).isEqualTo("specs/test.yaml:6:16: tolerance must be a number ≥ 0, a percentage like"
                        + " 10% or 10% of range, got 'lots'");
    }

    @Test
    void aMarginOfTheRangeSamplesTheDefaultReluMlpAndTheUnbiasedModelAfterTheClaimsOwnConfigurations() {
        ClaimPlan p = parse(claimWith("vary: { weightScale: [1, 4] }\nexpect: invariant\nmargin: 10% of range\n"
                + "grid: 16")).claims().get(0).plan();
        assertThat(p.expectation()).isEqualTo(new Expectation.Invariant(Margin.percentOfRange(10)));
        assertThat(p.configurations()).hasSize(2);
        assertThat(p.references()).extracting(Configuration::label)
                .containsExactly("range reference: default ReLU MLP", "range reference: unbiased model");
        assertThat(p.references().get(0).parameters().asMap()).containsEntry("activation", "relu")
                .containsEntry("depth", 3).containsEntry("width", 64).containsEntry("weightScale", 1.0);
        assertThat(p.references().get(1).network()).isEqualTo("fourier-unbiased");
        assertThat(p.references().get(1).parameters().grid()).isEqualTo(16);
        assertThat(p.sampled()).hasSize(4).endsWith(p.references().toArray(new Configuration[0]));
        assertThat(p.decided()).hasSize(4);
        // every claim of a spec measures the same references; another spec's are drawn afresh
        ClaimPlan other = parse(claimWith("vary: { width: [8, 16] }\nexpect: invariant\nmargin: 5% of range")
                .replace("claim: c", "claim: d")).claims().get(0).plan();
        assertThat(other.references()).extracting(Configuration::seed)
                .isEqualTo(p.references().stream().map(Configuration::seed).toList());
        ClaimPlan retitled = parse(claimWith("vary: { width: [8, 16] }\nexpect: invariant\nmargin: 5% of range")
                .replace("spec: t", "spec: u")).claims().get(0).plan();
        assertThat(retitled.references().get(0).seed()).isNotEqualTo(p.references().get(0).seed());
        assertThat(claimError(claimWith("compare: [ {activation: tanh}, {activation: relu} ]\n"
                + "slope: { weightScale: [1, 4] }\nexpect: greater\nmargin: 10% of range")).getMessage())
                .startsWith("specs/test.yaml:3:5: a margin of the range compares networks' own measures");
        assertThat(claimError(claimWith("vary: { width: [8, 16] }\nexpect: increasing\nmargin: 10% of range"))
                .getMessage()).startsWith("specs/test.yaml:3:5: increasing does not use that margin");
    }

    @Test
    void aNegativeControlNamesTheClaimItControlsAndIsTaggedControl() {
        SpecFile f = parse("""
                spec: t
                claims:
                  - claim: 'Control: tanh is invariant'
                    controls: ReLU is invariant
                    with: { activation: tanh }
                    vary: { weightScale: [1, 4] }
                    expect: invariant
                    margin: 1
                  - claim: ReLU is invariant
                    tags: [relu]
                    vary: { weightScale: [1, 4] }
                    expect: invariant
                    margin: 1
                  - claim: lost
                    controls: ReLU is invariante
                    vary: { weightScale: [1, 4] }
                    expect: invariant
                    margin: 1
                """);
        assertThat(f.claims().get(0).plan().controls()).isEqualTo("ReLU is invariant");
        assertThat(f.claims().get(0).tags()).containsExactly("control");
        assertThat(f.claims().get(1).plan().controls()).isNull();
        assertThat(f.claims().get(2).error()).hasMessage("specs/test.yaml:15:15: controls names no claim of this"
                + " file: 'ReLU is invariante' — expected one of Control: tanh is invariant, ReLU is invariant");
    }

    @Test
    void tagsInDefaultsApplyToEveryClaimThatSetsNone() {
        SpecFile f = parse("""
                spec: t
                defaults:
                  tags: [fig4, slow]
                claims:
                  - claim: inherits
                    vary: { width: [8, 16] }
                    expect: increasing
                  - claim: own
                    tags: [mine]
                    vary: { width: [8, 16] }
                    expect: increasing
                """);
        assertThat(f.claims().get(0).plan().tags()).containsExactly("fig4", "slow");
        assertThat(f.claims().get(0).tags()).containsExactly("fig4", "slow");
        assertThat(f.claims().get(1).plan().tags()).containsExactly("mine");
    }

    @Test
    void anUnknownMeasureIsReportedAtItsName() {
        String allowed = " — expected one of fourier, chebyshev, legendre, lz, lz76, fourier-hann, fourier-dip, local-volume,"
                + " local-volume-per-parameter, local-volume-log-radius, local-volume-infinite, local-volume-saturated,"
                + " local-volume-dropped";
        assertThat(claimError(claimWith("measure: lzz\nexpect: { within: [0, 1] }")).getMessage())
                .isEqualTo("specs/test.yaml:4:14: unknown measure 'lzz'" + allowed);
        assertThat(claimError(claimWith("measure: { name: fourrier, maxOrder: 5 }\nexpect: { within: [0, 1] }"))
                .getMessage()).isEqualTo("specs/test.yaml:4:22: unknown measure 'fourrier'" + allowed);
        assertThat(claimError(claimWith("measures: [lz, furier]\nexpect: { correlated: 0.5 }")).getMessage())
                .isEqualTo("specs/test.yaml:4:20: unknown measure 'furier'" + allowed);
    }

    @Test
    void readingsListTheMeasuresAClaimIsDecidedUnderOnTheUnionOfTheirValues() {
        ClaimPlan p = parse(claimWith("measure: fourier\nreadings: [fourier, { name: fourier, dc: include },"
                + " fourier-hann, lz]\nexpect: { within: [0, 1] }")).claims().get(0).plan();
        assertThat(p.measureLabels()).containsExactly("fourier", "fourier {dc: include}", "fourier-hann", "lz");
        assertThat(p.readings()).extracting(dev.redshift.stats.ReadingTests.Reading::label)
                .containsExactly("fourier", "fourier {dc: include}", "fourier-hann", "lz");
        assertThat(p.readings().get(1).rows()).containsExactly(1);
        assertThat(p.decidedReadings()).isEqualTo(p.readings());
        ClaimPlan plain = parse(claimWith("measure: fourier\nexpect: { within: [0, 1] }")).claims().get(0).plan();
        assertThat(plain.readings()).isEmpty();
        assertThat(plain.decidedReadings()).singleElement().satisfies(r -> assertThat(r.rows()).containsExactly(0));
    }

    @Test
    void readingsInDefaultsApplyOnlyToTheClaimsWhoseMeasureIsOneOfThem() {
        SpecFile f = parse("spec: t\ndefaults:\n  measure: fourier\n  readings: [fourier, { name: fourier, dc: include }]"
                + "\nclaims:\n  - claim: a\n    expect: { within: [0, 1] }\n  - claim: b\n    measure: lz\n"
                + "    expect: { within: [0, 1] }\n  - claim: c\n    measure: lz\n    readings: [lz, fourier]\n"
                + "    expect: { within: [0, 1] }\n  - claim: d\n    measure: fourier-hann\n"
                + "    expect: { within: [0, 1] }\n");
        assertThat(f.claims()).extracting(ClaimEntry::error).containsOnlyNulls();
        assertThat(f.claims().get(0).plan().readings()).hasSize(2);
        assertThat(f.claims().get(1).plan().readings()).isEmpty();
        assertThat(f.claims().get(1).plan().measureLabels()).containsExactly("lz");
        // a claim's own readings replace its measure, Fourier or not
        assertThat(f.claims().get(2).plan().measureLabels()).containsExactly("lz", "fourier");
        assertThat(f.claims().get(3).plan().readings()).isEmpty();
        assertThat(f.claims().get(3).plan().measureLabels()).containsExactly("fourier-hann");
    }

    @Test
    void aCorrelatedClaimsReadingsReplaceItsFourierMeasure() {
        ClaimEntry e = parse(claimWith("measures: [lz, fourier]\nreadings: [fourier, { name: fourier, dc: include }]"
                + "\nover: [ { activation: relu }, { activation: tanh } ]\nexpect: { correlated: 0.5 }")).claims().get(0);
        assertThat(e.error()).as("%s", e.error()).isNull();
        ClaimPlan p = e.plan();
        assertThat(p.measureLabels()).containsExactly("lz", "fourier", "fourier {dc: include}");
        assertThat(p.readings().get(0).rows()).containsExactly(0, 1);
        assertThat(p.readings().get(1).rows()).containsExactly(0, 2);
        assertThat(p.readings().get(1).measureLabels()).containsExactly("lz", "fourier {dc: include}");
    }

    @Test
    void readingsAreCheckedAtTheirPosition() {
        assertThat(claimError(claimWith("measure: fourier\nreadings: fourier\nexpect: { within: [0, 1] }"))
                .getMessage()).startsWith("specs/test.yaml:5:15: readings must list measures");
        assertThat(claimError(claimWith("measure: fourier\nreadings: [fourier, { name: fourier, dc: all }]"
                + "\nexpect: { within: [0, 1] }")).getMessage()).isEqualTo("specs/test.yaml:5:46: unknown dc 'all'"
                        + " — expected one of exclude, include");
        assertThat(claimError(claimWith("measure: fourier\nreadings: [fourier, fourier]\nexpect: { within: [0, 1] }"))
                .getMessage()).contains("readings lists a reading twice: fourier, fourier");
    }

    @Test
    void fouriersDcReadingIsAMeasureOptionCheckedAtItsPosition() {
        ClaimPlan p = parse(claimWith("measure: { name: fourier, dc: include }\nexpect: { within: [0, 1] }"))
                .claims().get(0).plan();
        assertThat(p.measures().get(0).options().fourierDc()).isEqualTo(dev.redshift.measure.FourierDc.INCLUDE);
        assertThat(p.measures().get(0).label()).isEqualTo("fourier {dc: include}");
        ClaimPlan byDefault = parse(claimWith("measure: fourier\nexpect: { within: [0, 1] }")).claims().get(0).plan();
        assertThat(byDefault.measures().get(0).options().fourierDc()).isEqualTo(dev.redshift.measure.FourierDc.EXCLUDE);
        assertThat(claimError(claimWith("measure: { name: fourier, dc: keep }\nexpect: { within: [0, 1] }"))
                .getMessage()).isEqualTo("specs/test.yaml:4:35: unknown dc 'keep' — expected one of exclude, include");
        assertThat(claimError(claimWith("measure: { name: lz, dc: include }\nexpect: { within: [0, 1] }"))
                .getMessage()).isEqualTo("specs/test.yaml:4:26: dc is a setting of fourier, not of lz");
    }

    @Test
    void theLzOrderingIsAMeasureOptionCheckedAtItsPosition() {
        ClaimPlan p = parse(claimWith("measure: { name: lz76, ordering: spiral }\nexpect: { within: [0, 1] }"))
                .claims().get(0).plan();
        assertThat(p.measures().get(0).options().ordering()).isEqualTo(GridOrdering.SPIRAL);
        assertThat(claimError(claimWith("measure: { name: lz, ordering: hilbert }\nexpect: { within: [0, 1] }"))
                .getMessage()).isEqualTo("specs/test.yaml:4:36: unknown ordering 'hilbert' — expected one of rows,"
                        + " snake, zigzag, spiral");
        assertThat(claimError(claimWith("measure: { name: fourier, ordering: snake }\nexpect: { within: [0, 1] }"))
                .getMessage()).isEqualTo("specs/test.yaml:4:41: ordering is an option of lz and lz76, not fourier");
    }

    @Test
    void aDuplicateClaimNameIsAnErrorAtTheSecondOne() {
        SpecFile f = parse("""
                spec: t
                claims:
                  - claim: same
                    vary: { width: [8, 16] }
                    expect: increasing
                  - claim: same
                    vary: { width: [8, 16] }
                    expect: decreasing
                """);
        assertThat(f.claims().get(0).error()).isNull();
        assertThat(f.claims().get(1).error().getMessage())
                .isEqualTo("specs/test.yaml:6:5: duplicate claim name 'same' (first at line 3)");
        assertThat(f.claims().get(1).position()).isEqualTo(new SourcePosition("specs/test.yaml", 6, 5));
    }

    @Test
    void samplesWithMinAboveMaxAreReportedAtTheSamples() {
        assertThat(claimError(claimWith("vary: { width: [8, 16] }\nexpect: increasing\n"
                + "samples: { min: 50, max: 20 }")).getMessage())
                .isEqualTo("specs/test.yaml:6:14: samples.max (20) must be at least samples.min (50)");
        assertThat(claimError(claimWith("vary: { width: [8, 16] }\nexpect: increasing\nsamples: { min: 1 }"))
                .getMessage()).isEqualTo("specs/test.yaml:6:14: samples.min must be at least 2, got 1");
        ClaimPlan onlyMin = parse(claimWith("vary: { width: [8, 16] }\nexpect: increasing\nsamples: { min: 500 }"))
                .claims().get(0).plan();
        assertThat(onlyMin.budget()).isEqualTo(new dev.redshift.stats.SamplesBudget(500, 500));
        ClaimPlan onlyMax = parse(claimWith("vary: { width: [8, 16] }\nexpect: increasing\nsamples: { max: 90 }"))
                .claims().get(0).plan();
        assertThat(onlyMax.budget()).isEqualTo(new dev.redshift.stats.SamplesBudget(32, 90));
    }

    @Test
    void maxAutoKeepsAFixedMaxForRunsWithoutATimeBudget() {
        ClaimPlan auto = parse(claimWith("vary: { weightScale: [1, 4] }\nexpect: increasing\n"
                + "samples: { min: 8, max: auto, fixed: 16 }")).claims().get(0).plan();
        assertThat(auto.budget()).isEqualTo(new dev.redshift.stats.SamplesBudget(8, 16, true));
        ClaimPlan byDefault = parse(claimWith("vary: { weightScale: [1, 4] }\nexpect: increasing\n"
                + "samples: { min: 8, max: auto }")).claims().get(0).plan();
        assertThat(byDefault.budget()).isEqualTo(new dev.redshift.stats.SamplesBudget(8, 400, true));
        assertThat(claimError(claimWith("vary: { weightScale: [1, 4] }\nexpect: increasing\n"
                + "samples: { min: 8, max: 20, fixed: 16 }")).getMessage()).isEqualTo("specs/test.yaml:6:33:"
                + " samples.fixed is the max of a run without a time budget when max is auto — write max: auto, or"
                + " drop fixed");
        assertThat(claimError(claimWith("vary: { weightScale: [1, 4] }\nexpect: increasing\n"
                + "samples: { min: 8, max: lots }")).getMessage()).isEqualTo("specs/test.yaml:6:29: samples.max must"
                + " be an integer or auto, got 'lots'");
    }

    @Test
    void aPairedClaimDrawsEveryConfigurationFromOneSeedAndIsRefusedWhereNothingIsPaired() {
        ClaimPlan paired = parse(claimWith("vary: { weightScale: [1, 4, 16] }\nexpect: increasing\npaired: true\n"
                + "seed: 7")).claims().get(0).plan();
        assertThat(paired.configurations()).extracting(Configuration::seed).containsOnly(Seeds.ofConfiguration(7, 0));
        ClaimPlan independent = parse(claimWith("vary: { weightScale: [1, 4, 16] }\nexpect: increasing\n"
                + "seed: 7")).claims().get(0).plan();
        assertThat(independent.configurations()).extracting(Configuration::seed).doesNotHaveDuplicates();
        assertThat(claimError(claimWith("vary: { weightScale: [1, 4] }\nexpect: increasing\npaired: yes please"))
                .getMessage()).isEqualTo("specs/test.yaml:6:13: expected true or false, got 'yes please'");
        assertThat(claimError(claimWith("over: [ { weightScale: 1 }, { weightScale: 4 } ]\nmeasures: [lz, fourier]\n"
                + "expect: { correlated: 0.5 }\npaired: true")).getMessage()).contains("pools the networks as"
                + " independent draws, which shared draws would overstate — drop paired");
    }

    @Test
    void aYamlTagIsRefusedAtItsPosition() {
        assertThat(claimError(claimWith("vary: { width: [8, 16] }\nexpect: increasing\nconfidence: !foo 0.9"))
                .getMessage()).isEqualTo("specs/test.yaml:6:17: YAML tags are not part of the spec language,"
                        + " got '!foo' — write the plain value");
        assertThatThrownBy(() -> parse("spec: t\ndefaults: !!java.lang.Runtime {}\nclaims: []\n"))
                .isInstanceOf(SpecException.class)
                .hasMessage("specs/test.yaml:2:11: YAML tags are not part of the spec language,"
                        + " got '!!java.lang.Runtime' — write the plain value");
        // the core schema's own tags say what a plain value would
        ClaimPlan p = parse(claimWith("vary: { width: [8, 16] }\nexpect: increasing\nconfidence: !!float 0.9"))
                .claims().get(0).plan();
        assertThat(p.confidence()).isEqualTo(0.9);
    }

    @Test
    void anAliasBombIsRefusedAtTheAliasThatGoesTooFar() {
        StringBuilder bomb = new StringBuilder("spec: t\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int k = 1; k < 9; k++) {
            String prev = "*a" + (k - 1);
            bomb.append("x").append(k).append(": &a").append(k).append(" [").append(String.join(", ",
                    java.util.Collections.nCopies(9, prev))).append("]\n");
        }
        bomb.append("claims: []\n");
        // line 8 (x6) holds aliases 46 to 54 at columns 10, 15, …: the 51st is the 6th on that line
        assertThatThrownBy(() -> parse(bomb.toString())).isInstanceOf(SpecException.class)
                .hasMessage("specs/test.yaml:8:35: too many YAML aliases (more than 50) — a spec file needs few");
    }

    @Test
    void tagsInsideListsAndOnKeysAreRefusedToo() {
        assertThat(claimError(claimWith("vary: { width: [8, !big 16] }\nexpect: increasing")).getMessage())
                .isEqualTo("specs/test.yaml:4:24: YAML tags are not part of the spec language, got '!big'"
                        + " — write the plain value");
        assertThat(claimError(claimWith("vary: { width: [8, 16] }\n!k expect: increasing")).getMessage())
                .isEqualTo("specs/test.yaml:5:5: YAML tags are not part of the spec language, got '!k'"
                        + " — write the plain value");
    }

    @Test
    void gridAndCompareAreChecked() {
        assertThat(parse(claimWith("vary: { width: [8, 16] }\nexpect: increasing\ngrid: 16")).claims().get(0).plan()
                .grid()).isEqualTo(16);
        assertThat(claimError(claimWith("vary: { width: [8, 16] }\nexpect: increasing\ngrid: 2")).getMessage())
                .isEqualTo("specs/test.yaml:6:11: grid must be at least 4 points per axis, got 2");
        assertThat(claimError(claimWith("compare: [ {width: 8} ]\nexpect: less")).getMessage())
                .isEqualTo("specs/test.yaml:4:14: compare needs two or more configurations");
        assertThat(claimError(claimWith("compare: []\nexpect: less")).getMessage())
                .startsWith("specs/test.yaml:4:14: compare needs a list of configurations");
    }
}
