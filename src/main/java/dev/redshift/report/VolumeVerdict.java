package dev.redshift.report;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.stats.Numbers;
import dev.redshift.stats.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The local-volume section's closing paragraph, "paper vs blog": one sentence per question, each built from the
 * verdicts of the claims that decide it in this run (found by their tags and findings, named in the sentence with
 * their verdicts), never from a fixed text. A question none of this run's claims decides has no sentence. The
 * dropped-network mechanism is stated as our hypothesis, with the claims that are its evidence.
 */
final class VolumeVerdict {

    private static final String CONTROL = ClaimEncoding.CONTROL;

    private VolumeVerdict() {
    }

    /** The paragraph, or empty when the run has no local-volume claim. */
    static Optional<String> paragraph(List<ClaimOutcome> outcomes) {
        // the local-volume claims and every claim of a blog statement (the grokking claim measures no volume)
        List<ClaimOutcome> volume = outcomes.stream().filter(o -> o.plan().tags().contains("local-volume")
                || o.plan().tags().contains("predictor")
                || o.plan().findings().stream().anyMatch(f -> f.startsWith("blog-"))).toList();
        if (volume.isEmpty()) {
            return Optional.empty();
        }
        List<String> sentences = new ArrayList<>();
        question(volume, outcomes, tagged("interaction", "weight-scale"),
                "NRS read per activation, as NRS states complexity (tanh, sigmoid and Gaussian lose more log-volume"
                        + " with weight scale than ReLU and GELU)").ifPresent(sentences::add);
        question(volume, outcomes, tagged("unaffected", "weight-scale"),
                "NRS's \"unaffected\" for ReLU and GELU (log-volume per parameter against weight scale within the"
                        + " stated margin)").ifPresent(sentences::add);
        question(volume, outcomes, tagged("interaction", "depth"),
                "The same interaction for depth, per parameter").ifPresent(sentences::add);
        question(volume, outcomes, tagged("unaffected", "depth"),
                "NRS's \"unaffected\" by depth for ReLU and GELU, per parameter").ifPresent(sentences::add);
        blogTrend(volume).ifPresent(sentences::add);
        dropped(volume).ifPresent(sentences::add);
        question(volume, outcomes, finding("blog-7"),
                "The blog's \"While training does generally lead to lower volumes\" (the final checkpoint below"
                        + " initialisation, and the share of runs that end lower)").ifPresent(sentences::add);
        question(volume, outcomes, finding("blog-8"),
                "The blog's ReLU and GELU ending with similar volumes but GELU grokking more often")
                .ifPresent(sentences::add);
        question(volume, outcomes, finding("blog-9"),
                "The blog's \"The final volumes of the star domain do not seem well correlated with the learning"
                        + " behaviour of the networks\" (the rank correlation of the final log-volume with grokking,"
                        + " or with test accuracy, within a margin of 0)").ifPresent(sentences::add);
        return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
    }

    private static Predicate<ClaimOutcome> tagged(String... tags) {
        return o -> List.of(tags).stream().allMatch(o.plan().tags()::contains) && !o.plan().tags().contains(CONTROL);
    }

    private static Predicate<ClaimOutcome> finding(String id) {
        return o -> o.plan().findings().contains(id) && !o.plan().tags().contains(CONTROL);
    }

    /** "What: holds (…)", with each claim's verdict and each control's. */
    private static Optional<String> question(List<ClaimOutcome> volume, List<ClaimOutcome> all,
            Predicate<ClaimOutcome> which, String what) {
        List<ClaimOutcome> claims = volume.stream().filter(which).toList();
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = new ArrayList<>();
        boolean unbacked = false;
        for (ClaimOutcome c : claims) {
            named.add(named(c));
            for (ClaimOutcome control : controlsOf(c, all)) {
                boolean rejected = control.evidence().verdict() == Verdict.FAIL;
                unbacked |= !rejected && c.evidence().verdict() == Verdict.PASS;
                named.add("its control " + named(control) + (rejected ? ", as it should" : ", not rejected, so a"
                        + " PASS would be no evidence"));
            }
        }
        return Optional.of(what + ": " + summary(claims) + (unbacked ? ", but a control did not FAIL" : "")
                + " (" + String.join("; ", named) + ").");
    }

    /** The blog's own trend (blog-4) under our exact procedure: a PASS of the fall is against the blog. */
    private static Optional<String> blogTrend(List<ClaimOutcome> volume) {
        List<ClaimOutcome> claims = volume.stream().filter(finding("blog-4"))
                .filter(o -> !o.plan().tags().contains("blog-procedure")).toList();
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        long pass = count(claims, Verdict.PASS);
        long fail = count(claims, Verdict.FAIL);
        String reading = pass > 0 && fail == 0 ? "so under our exact procedure the blog's non-replication does not"
                + " replicate: log-volume does fall"
                : fail > 0 && pass == 0 ? "so under our exact procedure the blog's observation holds: log-volume does"
                        + " not fall"
                : pass > 0 ? "so the blog's observation is contradicted where the fall PASSes (" + pass + " claims) and"
                        + " holds only where it FAILs (" + fail + ")" : "so it is undecided here";
        return Optional.of("The blog's \"we did not observe that higher weight amplitude and additional layers lead to"
                + " a lower volume of the star domain\", tested as the fall it did not observe, raw and per"
                + " parameter — the fall " + summary(claims) + ", " + reading + " (" + names(claims) + ").");
    }

    /** The dropped-network mechanism: our hypothesis, with the claims that are its evidence. */
    private static Optional<String> dropped(List<ClaimOutcome> volume) {
        List<ClaimOutcome> claims = volume.stream().filter(o -> o.plan().tags().contains("blog-procedure"))
                .toList();
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        List<ClaimOutcome> keeps = claims.stream().filter(o -> o.plan().measureNames()
                .contains("local-volume-dropped")).toList();
        long dropping = count(keeps, Verdict.FAIL);
        String evidence = keeps.isEmpty() ? "no claim of this run measures the drops"
                : dropping > 0 ? "the procedure we reconstruct from EleutherAI/tyche drops networks in " + dropping
                        + " of " + keeps.size() + " configurations asked to keep them, which supports it"
                : count(keeps, Verdict.PASS) == keeps.size() ? "the reconstructed procedure keeps its networks in every"
                        + " configuration asked, which speaks against it"
                : "whether it drops networks is undecided here";
        return Optional.of("Why the blog saw no fall is our hypothesis, not the blog's text (the blog does not"
                + " describe its code): its procedure drops the networks on which a radius search or ray integral"
                + " fails, and those are where the volume falls; " + evidence + " (" + names(claims) + ").");
    }

    private static List<ClaimOutcome> controlsOf(ClaimOutcome claim, List<ClaimOutcome> all) {
        return all.stream().filter(o -> claim.plan().name().equals(o.plan().controls())
                && claim.plan().spec().equals(o.plan().spec())).toList();
    }

    /** "holds (all 6 PASS)", "does not hold (all 6 FAIL)", "is undecided (…)", or the counts. */
    static String summary(List<ClaimOutcome> claims) {
        long pass = count(claims, Verdict.PASS);
        long fail = count(claims, Verdict.FAIL);
        long open = claims.size() - pass - fail;
        int n = claims.size();
        if (pass == n) {
            return n == 1 ? "holds (PASS)" : "holds (all " + n + " claims PASS)";
        }
        if (fail == n) {
            return n == 1 ? "does not hold (FAIL)" : "does not hold (all " + n + " claims FAIL)";
        }
        if (open == n) {
            return n == 1 ? "is undecided (INCONCLUSIVE)" : "is undecided (all " + n + " claims INCONCLUSIVE)";
        }
        String counts = pass + " PASS, " + fail + " FAIL, " + open + " INCONCLUSIVE";
        return pass == 0 ? "does not hold where decided (" + counts + ")"
                : fail == 0 ? "holds where decided (" + counts + ")" : "is mixed (" + counts + ")";
    }

    private static long count(List<ClaimOutcome> claims, Verdict v) {
        return claims.stream().filter(o -> o.evidence().verdict() == v).count();
    }

    private static String names(List<ClaimOutcome> claims) {
        return String.join("; ", claims.stream().map(VolumeVerdict::named).toList());
    }

    /** "“Tanh log-volume falls …” FAIL, +96.5". */
    private static String named(ClaimOutcome o) {
        double estimate = o.evidence().estimate();
        return "“" + o.plan().name() + "” " + o.evidence().verdict()
                + (Double.isFinite(estimate) ? ", " + Numbers.format(estimate) : "");
    }
}
