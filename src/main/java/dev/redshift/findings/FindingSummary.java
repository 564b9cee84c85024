package dev.redshift.findings;

import dev.redshift.spec.ClaimPlan;
import dev.redshift.stats.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A run's claims counted by finding: one verdict per finding of the paper ({@link FindingVerdict#of}), the blog's
 * statements apart, our extensions apart. Negative controls count for no finding (an encoding whose control did not
 * FAIL counts as undecided), nor do sanity checks.
 */
public final class FindingSummary {

    /** One finding of the registry and what this run made of it. */
    public record Row(Finding finding, FindingVerdict verdict, List<ClaimPlan> claims, List<Encoding> encodings) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Encoding> ours = new ArrayList<>();

    /**
     * @param registry the findings
     * @param plans the claims that ran
     * @param verdict each plan's verdict
     */
    public FindingSummary(FindingRegistry registry, List<ClaimPlan> plans, Function<ClaimPlan, Verdict> verdict) {
        this(registry, plans, verdict, p -> false);
    }

    /**
     * @param registry the findings
     * @param plans the claims that ran
     * @param verdict each plan's verdict
     * @param dependsOnReading whether a plan decided under several readings of its measure got different verdicts
     *     under them (a FAIL of such a plan counts as "depends on the reading", not "against")
     */
    public FindingSummary(FindingRegistry registry, List<ClaimPlan> plans, Function<ClaimPlan, Verdict> verdict,
            java.util.function.Predicate<ClaimPlan> dependsOnReading) {
        Map<String, List<ClaimPlan>> by = new LinkedHashMap<>();
        Map<ClaimPlan, Encoding> encoded = encodings(plans, verdict, dependsOnReading);
        encoded.forEach((p, e) -> {
            for (String key : p.findings()) {
                if (FindingRegistry.OURS.equals(key)) {
                    ours.add(e);
                } else {
                    by.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                }
            }
        });
        for (Finding f : registry.all()) {
            List<ClaimPlan> claims = by.getOrDefault(f.id(), List.of());
            List<Encoding> encodings = claims.stream().map(encoded::get).toList();
            rows.add(new Row(f, FindingVerdict.of(encodings), claims, encodings));
        }
    }

    /**
     * Each claim that encodes a finding (neither a negative control nor a sanity check) as the evidence it gives: a
     * PASS beside a control of its spec that did not FAIL is uncontrolled.
     */
    static Map<ClaimPlan, Encoding> encodings(List<ClaimPlan> plans, Function<ClaimPlan, Verdict> verdict,
            java.util.function.Predicate<ClaimPlan> dependsOnReading) {
        Map<ClaimPlan, Encoding> encoded = new LinkedHashMap<>();
        for (ClaimPlan p : plans) {
            if (FindingCoverage.isControl(p) || p.tags().contains(FindingCoverage.SANITY)) {
                continue;
            }
            boolean uncontrolled = plans.stream().anyMatch(c -> p.name().equals(c.controls())
                    && c.spec().equals(p.spec()) && verdict.apply(c) != Verdict.FAIL);
            encoded.put(p, new Encoding(p.name(), p.position().toString(), verdict.apply(p), uncontrolled,
                    dependsOnReading.test(p)));
        }
        return encoded;
    }

    /** Every finding of the registries, in their order. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /**
     * "Of the paper's 78 findings: 30 held, 5 held in part, …, 12 not encoded (no claim: their reasons in the
     * registry), 3 not run here; the blog's 0 statements: …; our extensions: 8 claims, 6 PASS."
     */
    public String headline() {
        return "Of the paper's " + count(false) + "; " + (rows.stream().anyMatch(r -> r.finding().blog())
                ? "of the blog's " + count(true) : "the blog's statements: none in the registry yet") + "; our "
                + "extensions (not findings): " + ours.size() + " claims, " + ours.stream()
                        .filter(e -> e.verdict() == Verdict.PASS).count() + " PASS";
    }

    private String count(boolean blog) {
        List<Row> of = rows.stream().filter(r -> r.finding().blog() == blog).toList();
        Map<String, Long> n = new LinkedHashMap<>();
        EnumMap<FindingVerdict, Long> by = of.stream().filter(r -> r.verdict() != FindingVerdict.NOT_ENCODED)
                .collect(Collectors.groupingBy(Row::verdict, () -> new EnumMap<>(FindingVerdict.class),
                        Collectors.counting()));
        by.forEach((v, c) -> n.put(v.words(), c));
        long untested = of.stream().filter(r -> r.claims().isEmpty() && r.finding().untested() != null).count();
        long notRun = of.stream().filter(r -> r.claims().isEmpty() && r.finding().untested() == null).count();
        String parts = n.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        return of.size() + (blog ? " statements: " : " findings: ") + (parts.isEmpty() ? "" : parts + ", ") + untested
                + " not encoded (with a reason)" + (notRun == 0 ? "" : ", " + notRun + " encoded but not in this run");
    }
}
