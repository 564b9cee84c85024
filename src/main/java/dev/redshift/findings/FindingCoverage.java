package dev.redshift.findings;

import dev.redshift.spec.ClaimBuilder;
import dev.redshift.spec.ClaimEntry;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which claims encode which finding, and what is wrong with that: a finding with neither a claim nor a reason, a
 * claim that names no finding or one no registry has, a control that names another finding than its claim.
 *
 * <p>How claims count. A negative control ({@code controls:}) tests the measure, not the finding: it counts for no
 * finding; it may leave {@code finding:} out (it then belongs to its claim's) or repeat its claim's. A claim tagged
 * {@value #SANITY} holds by construction: it may name the finding it illustrates, but does not encode it, so that
 * finding still needs another claim or an {@code untested} reason.
 */
public final class FindingCoverage {

    /** The tag of a claim that cannot fail by construction: a sanity check, not evidence. */
    public static final String SANITY = "sanity";

    private final FindingRegistry registry;
    private final Map<String, List<ClaimPlan>> encodings = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** Reads every claim of these spec files against the registry. */
    public FindingCoverage(FindingRegistry registry, List<SpecFile> specs) {
        this.registry = registry;
        registry.all().forEach(f -> encodings.put(f.id(), new ArrayList<>()));
        for (SpecFile spec : specs) {
            boolean pending = pendingBlogFile(spec);
            for (ClaimEntry entry : spec.claims()) {
                if (entry.plan() != null) {
                    claim(spec, entry.plan(), pending);
                }
            }
        }
        for (Finding f : registry.all()) {
            List<ClaimPlan> claims = encodings.get(f.id());
            if (claims.isEmpty() && (f.untested() == null || f.untested().isBlank())) {
                problems.add("finding " + f.id() + " (" + f.where() + ") has no claim and no untested: reason");
            } else if (!claims.isEmpty() && f.untested() != null) {
                problems.add("finding " + f.id() + " is encoded by " + claims.get(0).position() + " \""
                        + claims.get(0).name() + "\" yet its registry entry says untested: " + f.untested());
            }
        }
    }

    private void claim(SpecFile spec, ClaimPlan plan, boolean pending) {
        String at = plan.position() + " \"" + plan.name() + "\"";
        for (String key : plan.findings()) {
            if (!registry.knows(key)) {
                problems.add(at + " names finding " + key + ", which no registry has (paper: 1.."
                        + registry.all().stream().filter(f -> !f.blog()).count() + ", blog: blog-N, or ours)");
            }
        }
        if (isControl(plan)) {
            Optional<ClaimPlan> controlled = spec.claims().stream().map(ClaimEntry::plan)
                    .filter(p -> p != null && p.name().equals(plan.controls())).findFirst();
            if (!plan.findings().isEmpty() && controlled.isPresent()
                    && !plan.findings().equals(controlled.get().findings())) {
                problems.add(at + " is a control of \"" + plan.controls() + "\" but names finding " + plan.findings()
                        + ", not its claim's " + controlled.get().findings());
            }
            return;
        }
        if (plan.findings().isEmpty()) {
            if (!pending) {
                problems.add(at + " names no finding: add finding: N (the paper's number), blog-N, or ours");
            }
            return;
        }
        if (plan.tags().contains(SANITY)) {
            return;
        }
        plan.findings().stream().filter(encodings::containsKey).forEach(key -> encodings.get(key).add(plan));
    }

    /**
     * A local-volume spec none of whose claims names a finding yet: its statements come from the blog, whose
     * registry another branch fills. Once any of its claims names one, every claim of the file must.
     */
    private static boolean pendingBlogFile(SpecFile spec) {
        String file = spec.path().replace('\\', '/');
        return file.substring(file.lastIndexOf('/') + 1).startsWith("local-volume") && spec.claims().stream()
                .allMatch(e -> e.plan() == null || e.plan().findings().isEmpty());
    }

    static boolean isControl(ClaimPlan plan) {
        return plan.controls() != null || plan.tags().contains(ClaimBuilder.CONTROL_TAG);
    }

    /** What is wrong, one line each with file:line; empty when every finding is encoded or reasoned. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The claims that encode this finding (controls and sanity checks left out). */
    public List<ClaimPlan> encodings(String id) {
        return List.copyOf(encodings.getOrDefault(id, List.of()));
    }

    /** How many of the registry's findings have claims, and how many have only a reason. */
    public String counts() {
        long encoded = encodings.values().stream().filter(l -> !l.isEmpty()).count();
        long reasoned = registry.all().stream().filter(f -> encodings.get(f.id()).isEmpty() && f.untested() != null)
                .count();
        return encoded + " of " + registry.all().size() + " findings encoded, " + reasoned + " untested with a reason";
    }
}
