package dev.redshift.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.spec.ClaimEntry;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecParser;
import dev.redshift.stats.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run counted by finding, not by claim. */
class FindingSummaryTest {

    static final String SPEC = """
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
              - claim: 'Control: tanh is invariant'
                controls: ReLU LZ is invariant
                with: { activation: tanh }
              - claim: Width does not matter
                finding: 11
              - claim: The unbiased model is invariant
                finding: 24
                tags: [sanity]
              - claim: Windowed Fourier is invariant
                finding: ours
            """;

    @Test
    void findingsCountOnceEachAndAPassBesideAControlThatPassedIsUndecided() {
        List<ClaimPlan> plans = new SpecParser().parse("specs/a.yaml", SPEC).claims().stream().map(ClaimEntry::plan)
                .toList();
        Map<String, Verdict> verdicts = Map.of("ReLU is invariant", Verdict.PASS, "ReLU LZ is invariant", Verdict.PASS,
                "Control: tanh is invariant", Verdict.PASS, "Width does not matter", Verdict.FAIL,
                "The unbiased model is invariant", Verdict.PASS, "Windowed Fourier is invariant", Verdict.PASS);
        FindingRegistry registry = new FindingRegistry(List.of(new Finding("2", "§3", "unaffected", null),
                new Finding("11", "§3", "width", null), new Finding("24", "§3", "unbiased", "by construction"),
                new Finding("26", "§3", "patterns", "qualitative")));
        FindingSummary summary = new FindingSummary(registry, plans, p -> verdicts.get(p.name()));
        assertThat(summary.rows()).extracting(FindingSummary.Row::verdict).containsExactly(
                FindingVerdict.HELD_IN_PART, FindingVerdict.AGAINST, FindingVerdict.NOT_ENCODED,
                FindingVerdict.NOT_ENCODED);
        assertThat(summary.headline()).isEqualTo("Of the paper's 4 findings: 1 held in part, 1 against, 2 not encoded"
                + " (with a reason); the blog's statements: none in the registry yet; our extensions (not findings):"
                + " 1 claims, 1 PASS");
    }
}
