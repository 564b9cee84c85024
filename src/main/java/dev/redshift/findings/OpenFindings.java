package dev.redshift.findings;

import dev.redshift.spec.ClaimPlan;
import dev.redshift.stats.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The findings a run in progress has not decided yet, and the claims whose verdict could still decide one. A finding
 * is decided as soon as one of its claims counts as PASS or FAIL ({@link FindingVerdict#of}); more looks at its other
 * claims then refine its verdict (held in part to held, say) but cannot decide it. A scheduler with little time
 * spends it first where a verdict would answer a finding nothing has answered yet.
 *
 * <p>A negative control belongs to the findings of the claim it controls: that claim's PASS counts only once the
 * control has FAILed. Sanity checks and our extensions ({@value FindingRegistry#OURS}) answer no finding.
 */
public final class OpenFindings {

    private final List<ClaimPlan> plans;

    /** The claims of the run, in any order. */
    public OpenFindings(List<ClaimPlan> plans) {
        this.plans = List.copyOf(plans);
    }

    /**
     * The claims whose verdict could decide a finding that is undecided while each claim stands at
     * {@code verdictSoFar} (INCONCLUSIVE for a claim still looking).
     */
    public Set<ClaimPlan> deciding(Function<ClaimPlan, Verdict> verdictSoFar) {
        Map<ClaimPlan, Encoding> encoded = FindingSummary.encodings(plans, verdictSoFar, p -> false);
        Map<String, List<Encoding>> byFinding = new LinkedHashMap<>();
        encoded.forEach((p, e) -> findingsOf(p).forEach(k -> byFinding.computeIfAbsent(k, x -> new ArrayList<>())
                .add(e)));
        Set<String> open = new HashSet<>();
        byFinding.forEach((k, es) -> {
            if (FindingVerdict.of(es) == FindingVerdict.UNDECIDED) {
                open.add(k);
            }
        });
        Set<ClaimPlan> out = new HashSet<>();
        for (ClaimPlan p : plans) {
            if (questionsOf(p).stream().anyMatch(open::contains)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The findings a claim's own verdict counts for (a control's and a sanity check's: none). */
    private static List<String> findingsOf(ClaimPlan p) {
        return p.findings().stream().filter(k -> !FindingRegistry.OURS.equals(k)).toList();
    }

    /** The findings a claim's verdict bears on: its own, or for a control those of the claim it controls. */
    private List<String> questionsOf(ClaimPlan p) {
        if (p.tags().contains(FindingCoverage.SANITY)) {
            return List.of();
        }
        if (!FindingCoverage.isControl(p)) {
            return findingsOf(p);
        }
        return plans.stream().filter(c -> c.name().equals(p.controls()) && c.spec().equals(p.spec()))
                .flatMap(c -> findingsOf(c).stream()).toList();
    }
}
