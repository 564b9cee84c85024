package dev.redshift.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.spec.ClaimEntry;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecParser;
import dev.redshift.stats.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which claims of a run in progress could still decide a finding nothing has decided. */
class OpenFindingsTest {

    private static final String SPEC = """
            spec: planted
            defaults:
              network: mlp
              measure: fourier
              vary: { weightScale: [1, 4] }
              expect: invariant
              margin: 10%
            claims:
              - claim: ReLU is invariant
                finding: 2
              - claim: ReLU LZ is invariant
                finding: 2
              - claim: GELU is invariant
                finding: 3
              - claim: 'Control: tanh is invariant'
                controls: GELU is invariant
                with: { activation: tanh }
              - claim: Width does not matter
                finding: 11
              - claim: The unbiased model is invariant
                finding: 24
                tags: [sanity]
              - claim: Windowed Fourier is invariant
                finding: ours
            """;

    private final List<ClaimPlan> plans = new SpecParser().parse("specs/a.yaml", SPEC).claims().stream()
            .map(ClaimEntry::plan).toList();
    private final Map<String, Verdict> verdicts = new HashMap<>();

    private List<String> deciding() {
        return new OpenFindings(plans).deciding(p -> verdicts.getOrDefault(p.name(), Verdict.INCONCLUSIVE)).stream()
                .map(ClaimPlan::name).sorted().toList();
    }

    @Test
    void beforeAnyVerdictEveryClaimThatEncodesAFindingOrControlsOneCouldDecideIt() {
        assertThat(deciding()).containsExactly("Control: tanh is invariant", "GELU is invariant", "ReLU LZ is invariant",
                "ReLU is invariant", "Width does not matter");
    }

    @Test
    void oneDecidedClaimAnswersItsFindingForItsSiblings() {
        verdicts.put("ReLU LZ is invariant", Verdict.FAIL);
        verdicts.put("Width does not matter", Verdict.PASS);
        assertThat(deciding()).containsExactly("Control: tanh is invariant", "GELU is invariant");
    }

    @Test
    void aPassBesideAControlThatHasNotFailedLeavesItsFindingOpenForTheControl() {
        verdicts.put("GELU is invariant", Verdict.PASS);
        assertThat(deciding()).contains("Control: tanh is invariant", "GELU is invariant");
        verdicts.put("Control: tanh is invariant", Verdict.FAIL);
        assertThat(deciding()).doesNotContain("Control: tanh is invariant", "GELU is invariant");
    }

    @Test
    void sanityChecksAndOurExtensionsAnswerNoFinding() {
        assertThat(deciding()).doesNotContain("The unbiased model is invariant", "Windowed Fourier is invariant");
    }
}
