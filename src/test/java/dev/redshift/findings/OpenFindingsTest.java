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

    private final List<ClaimPlan> plans = new SpecParser().parse("specs/a.yaml", FindingSummaryTest.SPEC).claims()
            .stream().map(ClaimEntry::plan).toList();
    private final Map<String, Verdict> verdicts = new HashMap<>();

    private List<String> deciding() {
        return new OpenFindings(plans).deciding(p -> verdicts.getOrDefault(p.name(), Verdict.INCONCLUSIVE)).stream()
                .map(ClaimPlan::name).sorted().toList();
    }

    @Test
    void beforeAnyVerdictEveryClaimThatEncodesAFindingOrControlsOneCouldDecideIt() {
        assertThat(deciding()).containsExactly("Control: tanh is invariant", "ReLU LZ is invariant", "ReLU is invariant",
                "Width does not matter");
    }

    @Test
    void oneDecidedClaimAnswersItsFindingForItsSiblingsAndTheirControls() {
        verdicts.put("ReLU is invariant", Verdict.FAIL);
        assertThat(deciding()).containsExactly("Width does not matter");
        verdicts.put("Width does not matter", Verdict.PASS);
        assertThat(deciding()).isEmpty();
    }

    @Test
    void aPassBesideAControlThatHasNotFailedLeavesItsFindingOpenForTheControl() {
        verdicts.put("ReLU LZ is invariant", Verdict.PASS);
        assertThat(deciding()).contains("Control: tanh is invariant", "ReLU is invariant");
        verdicts.put("Control: tanh is invariant", Verdict.FAIL);
        assertThat(deciding()).containsExactly("Width does not matter");
    }

    @Test
    void sanityChecksAndOurExtensionsAnswerNoFinding() {
        assertThat(deciding()).doesNotContain("The unbiased model is invariant", "Windowed Fourier is invariant");
    }
}
