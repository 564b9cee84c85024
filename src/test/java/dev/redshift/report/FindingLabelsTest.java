package dev.redshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.findings.Finding;
import dev.redshift.findings.FindingRegistry;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Allure's Behaviors tab files each claim under the finding it tests, the blog and our extensions apart. */
class FindingLabelsTest {

    private static final FindingRegistry REGISTRY = new FindingRegistry(List.of(
            new Finding("2", "§3, Fig. 4", "ReLU networks are remarkably unaffected by the magnitude of the weights",
                    null),
            new Finding("blog-3", "Results", "Training does generally lead to lower volumes", null)));

    private static List<ClaimPlan> plans(String claims) {
        return new SpecParser().parse("planted.yaml", "spec: planted\ndefaults:\n  network: mlp\n  measure: fourier\n"
                + "claims:\n" + claims).claims().stream().map(e -> {
                    assertThat(e.error()).as(e.name()).isNull();
                    return e.plan();
                }).toList();
    }

    private static final String CLAIMS = """
              - claim: ReLU complexity is invariant to weight magnitude
                finding: [2, blog-3]
                vary: { weightScale: [1, 4] }
                expect: invariant
                margin: 10%
              - claim: tanh is not invariant
                controls: ReLU complexity is invariant to weight magnitude
                with: { activation: tanh }
                vary: { weightScale: [1, 4] }
                expect: invariant
                margin: 10%
              - claim: Windowed Fourier keeps the order
                finding: ours
                vary: { weightScale: [1, 4] }
                expect: increasing
            """;

    @Test
    void aClaimIsFiledUnderEachFindingItNamesWithThePaperAndTheBlogApart() {
        List<FindingLabels.Label> labels = new FindingLabels(REGISTRY).of(plans(CLAIMS).get(0));
        assertThat(labels).containsExactly(
                new FindingLabels.Label("epic", FindingLabels.PAPER),
                new FindingLabels.Label("epic", FindingLabels.BLOG),
                new FindingLabels.Label("feature",
                        "#2 · §3, Fig. 4 · ReLU networks are remarkably unaffected by the magnitude of the weights"),
                new FindingLabels.Label("feature", "blog-3 · Results · Training does generally lead to lower volumes"));
    }

    @Test
    void aNegativeControlCountsForNoFindingAndOurExtensionsStandApart() {
        List<ClaimPlan> plans = plans(CLAIMS);
        assertThat(new FindingLabels(REGISTRY).of(plans.get(1))).containsExactly(
                new FindingLabels.Label("epic", FindingLabels.CONTROLS),
                new FindingLabels.Label("feature", "control of: ReLU complexity is invariant to weight magnitude"));
        assertThat(new FindingLabels(REGISTRY).of(plans.get(2))).containsExactly(
                new FindingLabels.Label("epic", FindingLabels.OURS),
                new FindingLabels.Label("feature", "our extension"));
    }

    @Test
    void aLongFindingIsCutAtAWord() {
        Finding f = new Finding("7", "App. E", "word ".repeat(40), null);
        String title = FindingLabels.title(f);
        assertThat(title).startsWith("#7 · App. E · word word").endsWith("word …");
        assertThat(title.length()).isLessThan(110);
    }
}
