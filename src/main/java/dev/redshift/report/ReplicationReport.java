package dev.redshift.report;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.stats.Evidence;
import dev.redshift.stats.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The replication report ({@code reports/replication/}): every paper finding encoded in the specs with the
 * paper's statement, our numbers and the verdict, and the paper's figures re-made from this run's
 * measurements; Markdown and HTML with the images beside them.
 */
public final class ReplicationReport {

    /** A claim that could not run, and why. */
    public record Broken(String name, String where, String problem) {

        /** Whether the claim did not run because the run was interrupted, rather than for a mistake. */
        public boolean interrupted() {
            return problem.equals(dev.redshift.engine.RunInterruption.NOT_RUN);
        }

        private String label() {
            return interrupted() ? "NOT RUN" : "BROKEN";
        }
    }

    private final List<ClaimOutcome> outcomes;
    private final List<Broken> broken;
    private final FigureSweep.Results figures;
    private final Map<String, String> run;
    private final TrainedFigureSweep.Results trained;
    private VolumeFigureSweep.Results volumes;
    private Map<ClaimPlan, String> allureResults = Map.of();

    /**
     * @param outcomes the claims that ran
     * @param broken the claims that could not run
     * @param figures the figure sweep, or null to leave the figures out
     * @param run facts about the run (scale, seed, device, engine), shown at the top
     */
    public ReplicationReport(List<ClaimOutcome> outcomes, List<Broken> broken, FigureSweep.Results figures,
            Map<String, String> run) {
        this(outcomes, broken, figures, null, run);
    }

    /**
     * @param outcomes the claims that ran
     * @param broken the claims that could not run
     * @param figures the figure sweep, or null to leave the figures out
     * @param trained the trained-network sweep (Fig. 7/8, 13/14, 16), or null to leave those figures out
     * @param run facts about the run (scale, seed, device, engine), shown at the top
     */
    public ReplicationReport(List<ClaimOutcome> outcomes, List<Broken> broken, FigureSweep.Results figures,
            TrainedFigureSweep.Results trained, Map<String, String> run) {
        this.outcomes = outcomes.stream().sorted(Comparator.comparing((ClaimOutcome o) -> o.plan().position().file())
                .thenComparingInt(o -> o.plan().position().line())).toList();
        this.broken = broken;
        this.figures = figures;
        this.run = run;
        this.trained = trained;
    }

    /**
     * Links each claim of the findings table to its Allure result ({@code ../allure-results/<uuid>-result.json}):
     * the single-file Allure report gives its test cases random ids at generation, so its pages cannot be
     * addressed from here; returns this report.
     */
    public ReplicationReport withAllureResults(Map<ClaimPlan, String> uuids) {
        this.allureResults = Map.copyOf(uuids);
        return this;
    }

    /** Adds the local-volume section (the blog's heat maps) from this sweep; returns this report. */
    public ReplicationReport withLocalVolumes(VolumeFigureSweep.Results sweep) {
        this.volumes = sweep;
        return this;
    }

    /** Writes index.md, index.html and the images into {@code dir}. */
    public void write(Path dir) {
        List<Section> sections = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (int k = 0; k < outcomes.size(); k++) {
            ClaimOutcome o = outcomes.get(k);
            String image = "claims/claim-" + (k + 1) + ".png";
            ReportFiles.write(dir.resolve(image), ClaimChart.png(o));
            ClaimPlan p = o.plan();
            Evidence e = o.evidence();
            rows.add(new String[] {badge(o), p.name(), p.source().isBlank() ? p.spec() : p.source(),
                e.sentence(), image, p.position().toString(), ClaimEncoding.of(p), e.verdict().name()});
        }
        if (figures != null) {
            sections.add(new Section("Fig. 4 / 19 — Fourier complexity over depth × weight magnitude",
                    "Mean Fourier complexity of " + figures.networksPerCell() + " random MLPs (width 64) per cell; "
                            + "one colour scale for all activations.",
                    ReplicationFigures.heatmaps(figures, "fourier", dir, "fig4-fourier")));
            if (figures.readingsByScale() != null) {
                sections.add(ReadingFigures.section(figures, dir));
            }
            sections.add(new Section("Fig. 4 with a Hann window (Redshift extension, not the paper)",
                    "The same networks under fourier-hann: the window removes the boundary jump that dominates the "
                            + "plain DFT of a non-periodic grid, and the paper's picture appears.",
                    ReplicationFigures.heatmaps(figures, "fourier-hann", dir, "fig4-fourier-hann")));
            sections.add(new Section("Fig. 20 — LZ complexity over depth × weight magnitude",
                    "Mean LZ78 complexity per cell, same networks.",
                    ReplicationFigures.heatmaps(figures, "lz", dir, "fig20-lz")));
            sections.add(new Section("Fig. 21 — polynomial complexity over depth × weight magnitude",
                    "Mean Chebyshev and Legendre complexity per cell (DESIGN §3's least-squares fit, N = 20), same "
                            + "networks.",
                    concat(ReplicationFigures.heatmaps(figures, "chebyshev", dir, "fig21-chebyshev"),
                            ReplicationFigures.heatmaps(figures, "legendre", dir, "fig21-legendre"))));
            sections.add(new Section("Fig. 5 / 17 — plain, layer-norm, residual and gated MLPs",
                    "tanh MLPs of depth 3; bars are 95% normal intervals of the mean (descriptive, not a test).",
                    List.of(ReplicationFigures.variants(figures, "fourier", dir, "fig5-fourier.png"),
                            ReplicationFigures.variants(figures, "lz", dir, "fig5-lz.png"))));
            sections.add(new Section("Fig. 6 / 18 — agreement between the measures",
                    "Spearman correlation over every network of the depth × weight sweep.",
                    List.of(ReplicationFigures.correlations(figures, dir, "fig6-correlations.png"))));
            sections.add(new Section("Fig. 3 — example functions",
                    "One random MLP (depth 2, width 64) per activation and weight magnitude, on the "
                            + figures.grid() + "×" + figures.grid() + " grid, as grayscale images.",
                    List.of(ReplicationFigures.examples(figures, dir, "fig3-examples.png"))));
        }
        if (outcomes.stream().anyMatch(o -> o.readings() != null)) {
            sections.add(ReadingFigures.matrix(outcomes));
        }
        if (trained != null) {
            sections.addAll(trainedSections(trained, dir, ModuloInputs.sentence(outcomes).map(d -> " " + d).orElse("")));
        }
        if (volumes != null) {
            sections.addAll(volumeSections(volumes, dir));
        }
        if (TrainedVolumeFigures.any(outcomes)) {
            sections.add(trainedVolumeSection(dir));
        }
        // the local-volume part ends with its verdict, each sentence from this run's claims (issue 27)
        VolumeVerdict.paragraph(outcomes).ifPresent(p -> sections.add(new Section(
                "Local volumes — paper vs blog", p, List.of())));
        ReplicationFigures.transformers(outcomes, dir, "fig10-transformers.png").ifPresent(f -> sections.add(
                new Section("Fig. 10 — untrained transformers",
                        "Mean LZ of sequences decoded greedily by untrained GPT-2 models, from this run's Fig. 10 "
                                + "claims, against the layer-norm scale; the flat line is uniformly random tokens.",
                        List.of(f))));
        List<String[]> pairs = controlPairs();
        text(dir.resolve("index.md"), markdown(rows, pairs, sections));
        text(dir.resolve("index.html"), html(rows, pairs, sections));
    }

    /**
     * Each negative control beside the claim it controls (same spec, same measure, margin and budget): {claim,
     * its badge, its evidence, control, its badge, its evidence}. A claim can only be believed where its control
     * FAILs.
     */
    private List<String[]> controlPairs() {
        List<String[]> pairs = new ArrayList<>();
        for (ClaimOutcome control : outcomes) {
            ClaimPlan c = control.plan();
            if (c.controls() == null) {
                continue;
            }
            ClaimOutcome claim = outcomes.stream().filter(o -> o.plan().spec().equals(c.spec())
                    && o.plan().name().equals(c.controls())).findFirst().orElse(null);
            pairs.add(new String[] {c.controls(), claim == null ? "not run" : badge(claim),
                claim == null ? "" : claim.evidence().sentence(), c.name(), badge(control),
                control.evidence().sentence()});
        }
        return pairs;
    }

    /** The blog's training half: log-volume at checkpoints and grokking counts, from this run's claims. */
    private Section trainedVolumeSection(Path dir) {
        List<String> lines = new ArrayList<>(TrainedVolumeFigures.checkpointVerdicts(outcomes));
        lines.addAll(TrainedVolumeFigures.grokkingCounts(outcomes));
        return new Section("Local volumes along training, and grokking (Jaburi & Belrose 2025)",
                "modadd networks trained on (a + b) mod N (task modadd: AdamW, weight decay, a share of the pairs"
                        + " training); the local volume around the trained parameters at each checkpoint (the same"
                        + " runs at every checkpoint, from the claims of specs/local-volume-training.yaml), and how"
                        + " many runs grokked (test accuracy ≥ 0.9 once"
                        + " the training pairs were fitted). " + String.join(". ", lines) + ".",
                TrainedVolumeFigures.checkpoints(outcomes, dir, "local-volume-training.png").map(List::of)
                        .orElse(List.of()));
    }

    private static List<Section> volumeSections(VolumeFigureSweep.Results v, Path dir) {
        String scale = "Not the blog's scale: " + v.scale().describe() + ", " + v.networksPerCell()
                + " networks per cell; the blog's sweep is specs-gpu/local-volume-blog-sweep.yaml.";
        return List.of(
                new Section("Local volumes (Jaburi & Belrose 2025) — exact procedure",
                        "The blog could not replicate Neural Redshift with local volumes: higher weight scale and "
                                + "more layers did not give a lower volume. Mean log-volume per parameter (mean over "
                                + "directions of log G, ÷ D) per cell, our exact procedure (DESIGN §9). S: most radii "
                                + "lie beyond σ√D, the value is ≈ −1/2 whatever the function. " + scale + " "
                                + VolumeFigures.counts(v) + ". Saturated cells: " + VolumeFigures.marks(v, false)
                                + ". The verdicts are those of specs/local-volume.yaml above.",
                        VolumeFigures.heatmaps(v, false, dir, "local-volume-exact")),
                new Section("Local volumes — the blog's procedure, as we read EleutherAI/tyche",
                        "The same networks under procedure: blog (README \"Local volumes\"): mean over the networks "
                                + "it keeps; −k/n: networks dropped because a radius search did not converge within "
                                + "15 evaluations or a ray's left and right Riemann sums differ by more than 1% (a cell "
                                + "whose networks are all dropped is drawn at the bottom of the scale). Dropped: "
                                + VolumeFigures.marks(v, true) + ".",
                        VolumeFigures.heatmaps(v, true, dir, "local-volume-blog")));
    }

    private static List<Section> trainedSections(TrainedFigureSweep.Results t, Path dir, String inputs) {
        String scale = "CI scale, not the paper's: " + t.scale().describe() + ".";
        return List.of(
                new Section("Fig. 7 / 8 — test accuracy on the modulo task against the prefactor",
                        "The paper (4 layers of width 128, 3k steps): a ReLU MLP solves only the low-frequency task "
                                + "(M = 10); for Gaussian, tanh and sine MLPs the quadratic fit of accuracy in "
                                + "log(prefactor) peaks further right as the task's frequency rises (M = 10 → 7 → 4). "
                                + "Ours (" + scale + " Dots: mean test accuracy; thin lines: each run's least-squares "
                                + "quadratic in log(prefactor); diamonds: its peak, as the specs' peak: summary takes "
                                + "it): mean peak prefactor for M = " + String.join(" → ", t.scale().moduli().stream()
                                .map(String::valueOf).toList()) + ": " + TrainedFigures.peaks(t) + "." + inputs,
                        TrainedFigures.accuracyAgainstPrefactor(t, dir, "fig7-modulo")),
                new Section("Fig. 13 / 14 — an image learned, at initialisation, trained and shuffled",
                        "The paper (App. E): the function a trained MLP learns keeps the complexity its architecture "
                                + "prefers at initialisation; shuffling the trained weights of a ReLU MLP gives back a "
                                + "simple function, of tanh or sine MLPs at large weights a complex one. Ours (CI scale:"
                                + " the cameraman image, depth 3, width 64, " + t.scale().imageSteps() + " Adam steps, "
                                + "lr 0.02, one run per row): Fourier complexity at initialisation / trained / "
                                + "shuffled: " + TrainedFigures.imageComplexities(t) + ".",
                        List.of(TrainedFigures.imageGrid(t, dir, "fig13-image-grid.png"))),
                new Section("Fig. 16 — training trajectories: weight magnitude against complexity",
                        "The paper: along training, weight magnitude and the complexity of the learned function "
                                + "move together, and each activation keeps to its own region (ReLU stays simple). "
                                + "Ours (" + scale + " One run per activation on the modulo task M = 7, recorded "
                                + "every " + t.scale().every() + " steps; black squares mark initialisation): "
                                + "(weight magnitude, Fourier complexity) first → last: "
                                + TrainedFigures.trajectoryEnds(t) + ".",
                        List.of(TrainedFigures.trajectories(t, dir, "fig16-trajectories.png"))),
                new Section("Fig. 9 — Colored-MNIST: shortcut learning against the prefactor",
                        "The paper (§4.2, 2 layers of width 64, all 60k training digits, 10k steps): the complexity "
                                + "at initialisation rises with the activation's prefactor; at small prefactors the "
                                + "model learns the simple color, digit accuracy peaks at an intermediate prefactor and "
                                + "drops beyond, faster with sine. Ours (CI scale, not the paper's: "
                                + t.colored().scale().describe() + "; top: mean LZ at initialisation, bottom: mean "
                                + "digit accuracy (solid) and color accuracy (dashed)): "
                                + ColoredDigitsFigures.numbers(t.colored()) + ".",
                        ColoredDigitsFigures.charts(t.colored(), dir, "fig9-colored-mnist")));
    }

    /** A section of figures, with a table when {@code table} is not empty (its first row the header). */
    record Section(String title, String caption, List<String> images, List<String[]> table) {
        Section(String title, String caption, List<String> images) {
            this(title, caption, images, List.of());
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static final String CONTROLS_CAPTION = "A claim of invariance means something only where the same "
            + "measure, margin and budget reject a configuration the paper says does change: each control below "
            + "should FAIL. A PASS beside a control that also PASSes says the measure cannot tell, not that the paper"
            + " holds.";

    /** The run counted by finding: the headline and one row per finding of the registries. */
    private dev.redshift.findings.FindingSummary byFinding() {
        return new dev.redshift.findings.FindingSummary(dev.redshift.findings.FindingRegistry.shipped(),
                outcomes.stream().map(ClaimOutcome::plan).toList(), p -> outcome(p).evidence().verdict(),
                p -> outcome(p).readings() != null && outcome(p).readings().robustness()
                        == dev.redshift.stats.ReadingVerdicts.Robustness.DEPENDS);
    }

    private ClaimOutcome outcome(ClaimPlan p) {
        return outcomes.stream().filter(o -> o.plan() == p).findFirst().orElseThrow();
    }

    /** The findings table: verdict, finding, its claims with their verdicts (a unit other than the network said). */
    private List<String[]> findingRows() {
        List<String[]> rows = new ArrayList<>();
        for (dev.redshift.findings.FindingSummary.Row r : byFinding().rows()) {
            List<String> claims = new ArrayList<>();
            for (int k = 0; k < r.claims().size(); k++) {
                ClaimPlan p = r.claims().get(k);
                dev.redshift.findings.Encoding e = r.encodings().get(k);
                claims.add(e.verdict() + (e.uncontrolled() ? " (its control did not FAIL)" : "") + ": " + p.name()
                        + (p.tags().contains("unit-sequence") ? " (unit: sequences of one drawn model)" : "") + " ("
                        + p.position().file() + ":" + p.position().line() + (allureResults.containsKey(p)
                                ? ", Allure: ../allure-results/" + allureResults.get(p) + "-result.json" : "") + ")");
            }
            String verdict = r.claims().isEmpty() && r.finding().untested() != null
                    ? "not encoded: " + r.finding().untested()
                    : r.claims().isEmpty() ? "encoded, not in this run" : r.verdict().words();
            rows.add(new String[] {"#" + r.finding().id(), r.finding().where(), r.finding().says(), verdict,
                String.join("; ", claims)});
        }
        return rows;
    }

    private String summary() {
        List<ClaimOutcome> papers = outcomes.stream().filter(o -> ClaimEncoding.isPapers(o.plan())).toList();
        long pass = papers.stream().filter(o -> o.evidence().verdict() == Verdict.PASS).count();
        long fail = papers.stream().filter(o -> o.evidence().verdict() == Verdict.FAIL).count();
        long inconclusive = papers.size() - pass - fail;
        List<ClaimOutcome> controls = outcomes.stream().filter(o -> o.plan().tags().contains(ClaimEncoding.CONTROL))
                .toList();
        long controlsFailed = controls.stream().filter(o -> o.evidence().verdict() == Verdict.FAIL).count();
        long extensions = outcomes.size() - papers.size() - controls.size();
        long notRun = broken.stream().filter(Broken::interrupted).count();
        return pass + " of the paper's claims passed, " + fail + " failed, " + inconclusive
                + " were inconclusive within their budget" + (broken.size() == notRun ? "" : ", "
                        + (broken.size() - notRun) + " specs could not run") + (notRun == 0 ? ""
                        : ", " + notRun + " claims " + dev.redshift.engine.RunInterruption.NOT_RUN)
                + (controls.isEmpty() ? "" : "; " + controlsFailed + " of "
                        + controls.size() + " negative controls failed, as they should") + (extensions == 0 ? ""
                        : "; " + extensions + " claims are extensions of ours") + ".";
    }

    private String markdown(List<String[]> rows, List<String[]> pairs, List<Section> sections) {
        StringBuilder s = new StringBuilder("# Neural Redshift — replication report\n\n");
        s.append("Teney, Nicolicioiu, Hartmann, Abbasnejad, *Neural Redshift: Random Networks are not Random "
                + "Functions*, CVPR 2024. Every finding below is a claim in `specs/`, stated as the paper states it "
                + "and decided by Redshift from this run's random networks.\n\n");
        s.append("**").append(byFinding().headline()).append(".**\n\n").append("By claim: ").append(summary())
                .append("\n\n");
        run.forEach((k, v) -> s.append("- ").append(md(k)).append(": ").append(md(v)).append('\n'));
        s.append("\n## The paper's findings\n\n| finding | where | the paper says | verdict | its claims |\n"
                + "|---|---|---|---|---|\n");
        for (String[] f : findingRows()) {
            s.append("| ").append(f[0]).append(" | ").append(md(f[1])).append(" | ").append(md(f[2])).append(" | ")
                    .append(md(f[3])).append(" | ").append(md(f[4])).append(" |\n");
        }
        s.append("\n## What the paper says and how we encode it\n\n| the paper says | our claim | our encoding | verdict |"
                + "\n|---|---|---|---|\n");
        for (String[] r : rows) {
            s.append("| ").append(md(r[2])).append(" | ").append(md(r[1])).append(" | ").append(md(r[6]))
                    .append(" | ").append(r[0]).append(" |\n");
        }
        if (!pairs.isEmpty()) {
            s.append("\n## Claims beside their negative controls\n\n").append(CONTROLS_CAPTION)
                    .append("\n\n| the paper's claim | verdict | negative control | verdict | the claim's numbers |"
                            + " the control's numbers |\n|---|---|---|---|---|---|\n");
            for (String[] p : pairs) {
                s.append("| ").append(md(p[0])).append(" | ").append(p[1]).append(" | ").append(md(p[3]))
                        .append(" | ").append(p[4]).append(" | ").append(md(p[2])).append(" | ").append(md(p[5]))
                        .append(" |\n");
            }
        }
        s.append("\n## Findings\n\n| verdict | the paper's finding | source | our numbers |\n|---|---|---|---|\n");
        for (String[] r : rows) {
            s.append("| ").append(r[0]).append(" | ").append(md(r[1])).append(" | ").append(md(r[2])).append(" | ")
                    .append(md(r[3])).append(" |\n");
        }
        for (Broken b : broken) {
            s.append("| ⚠ ").append(b.label()).append(" | ").append(md(b.name())).append(" | ").append(md(b.where())).append(" | ")
                    .append(md(b.problem())).append(" |\n");
        }
        s.append("\n## Each finding\n\n");
        for (String[] r : rows) {
            s.append("### ").append(r[0]).append(' ').append(md(r[1])).append("\n\n").append(md(r[3])).append(" (")
                    .append(md(r[5])).append(")\n\n![").append(md(r[1])).append("](").append(r[4]).append(")\n\n");
        }
        for (Section sec : sections) {
            s.append("## ").append(md(sec.title)).append("\n\n").append(md(sec.caption)).append("\n\n");
            for (int k = 0; k < sec.table.size(); k++) {
                s.append("| ").append(String.join(" | ", java.util.Arrays.stream(sec.table.get(k)).map(
                        ReplicationReport::md).toList())).append(" |\n");
                if (k == 0) {
                    s.append("|---".repeat(sec.table.get(0).length)).append("|\n");
                }
            }
            if (!sec.table.isEmpty()) {
                s.append('\n');
            }
            sec.images.forEach(i -> s.append("![").append(i).append("](").append(i).append(") "));
            s.append("\n\n");
        }
        return s.toString();
    }

    private String html(List<String[]> rows, List<String[]> pairs, List<Section> sections) {
        StringBuilder s = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Neural Redshift — replication report</title><style>"
                + "body{font-family:system-ui,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}"
                + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:6px;"
                + "vertical-align:top;text-align:left}th{background:#f4f6f8}.PASS{color:#0a7d32;font-weight:bold}"
                + ".FAIL{color:#b3261e;font-weight:bold}.INCONCLUSIVE{color:#8a6d00;font-weight:bold}"
                + ".BROKEN{color:#6b3fa0;font-weight:bold}.figs img{max-width:32%;margin:4px}"
                + ".claim img{max-width:640px}.summary{font-size:1.2em}</style></head><body>");
        s.append("<h1>Neural Redshift — replication report</h1><p>Teney et al., <i>Neural Redshift: Random "
                + "Networks are not Random Functions</i>, CVPR 2024. Every finding is a claim in <code>specs/</code>"
                + ", stated as the paper states it and decided from this run's random networks.</p>");
        s.append("<p class=\"summary\">").append(esc(byFinding().headline())).append(".</p><p>By claim: ")
                .append(esc(summary())).append("</p><h2>The paper's findings</h2><table><tr><th>finding</th>"
                + "<th>where</th><th>the paper says</th><th>verdict</th><th>its claims</th></tr>");
        for (String[] f : findingRows()) {
            s.append("<tr>");
            for (String cell : f) {
                s.append("<td>").append(esc(cell)).append("</td>");
            }
            s.append("</tr>");
        }
        s.append("</table><ul>");
        run.forEach((k, v) -> s.append("<li>").append(esc(k)).append(": ").append(esc(v)).append("</li>"));
        s.append("</ul><h2>What the paper says and how we encode it</h2><table><tr><th>the paper says</th>"
                + "<th>our claim</th><th>our encoding</th><th>verdict</th></tr>");
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            s.append("<tr><td>").append(esc(r[2])).append("</td><td><a href=\"#c").append(k + 1).append("\">")
                    .append(esc(r[1])).append("</a></td><td>").append(esc(r[6])).append("</td><td class=\"")
                    .append(r[7]).append("\">").append(esc(r[0].substring(r[0].indexOf(' ') + 1))).append("</td></tr>");
        }
        s.append("</table>");
        if (!pairs.isEmpty()) {
            s.append("<h2>Claims beside their negative controls</h2><p>").append(esc(CONTROLS_CAPTION))
                    .append("</p><table><tr><th>the paper's claim</th><th>verdict</th><th>its numbers</th>"
                            + "<th>negative control</th><th>verdict</th><th>its numbers</th></tr>");
            for (String[] p : pairs) {
                s.append("<tr><td>").append(esc(p[0])).append("</td><td>").append(esc(p[1])).append("</td><td>")
                        .append(esc(p[2])).append("</td><td>").append(esc(p[3])).append("</td><td>")
                        .append(esc(p[4])).append("</td><td>").append(esc(p[5])).append("</td></tr>");
            }
            s.append("</table>");
        }
        s.append("<h2>Findings</h2><table><tr><th>verdict</th><th>the paper's finding</th><th>source</th>"
                + "<th>our numbers</th></tr>");
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            String verdict = r[0].substring(r[0].indexOf(' ') + 1);
            s.append("<tr><td class=\"").append(r[7]).append("\">").append(esc(verdict)).append("</td><td><a href=\"#c")
                    .append(k + 1).append("\">").append(esc(r[1])).append("</a></td><td>").append(esc(r[2]))
                    .append("</td><td>").append(esc(r[3])).append("</td></tr>");
        }
        for (Broken b : broken) {
            s.append("<tr><td class=\"BROKEN\">").append(b.label()).append("</td><td>").append(esc(b.name())).append("</td><td>")
                    .append(esc(b.where())).append("</td><td>").append(esc(b.problem())).append("</td></tr>");
        }
        s.append("</table>");
        for (Section sec : sections) {
            s.append("<h2>").append(esc(sec.title)).append("</h2><p>").append(esc(sec.caption)).append("</p>");
            if (!sec.table.isEmpty()) {
                s.append("<table>");
                for (int k = 0; k < sec.table.size(); k++) {
                    String cell = k == 0 ? "th" : "td";
                    s.append("<tr>");
                    for (String c : sec.table.get(k)) {
                        s.append('<').append(cell).append('>').append(esc(c)).append("</").append(cell).append('>');
                    }
                    s.append("</tr>");
                }
                s.append("</table>");
            }
            s.append("<div class=\"figs\">");
            sec.images.forEach(i -> s.append("<img src=\"").append(i).append("\" alt=\"").append(i).append("\">"));
            s.append("</div>");
        }
        s.append("<h2>Each finding</h2>");
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            s.append("<div class=\"claim\" id=\"c").append(k + 1).append("\"><h3 class=\"").append(r[7]).append("\">")
                    .append(esc(r[0].substring(r[0].indexOf(' ') + 1))).append(' ')
                    .append(esc(r[1])).append("</h3><p>").append(esc(r[3])).append(" <small>(").append(esc(r[5]))
                    .append(")</small></p><img src=\"").append(r[4]).append("\" alt=\"plot\"></div>");
        }
        return s.append("</body></html>").toString();
    }

    /** The verdict as a reader should take it: a negative control that FAILs did what it should. */
    private static String badge(ClaimOutcome o) {
        Verdict v = o.evidence().verdict();
        if (o.plan().tags().contains(ClaimEncoding.CONTROL)) {
            return (v == Verdict.FAIL ? "✅ " : "⚠ ") + v + " (negative control: should FAIL)";
        }
        return badge(v) + (o.plan().tags().contains(ClaimEncoding.EXTENSION) ? " (extension)" : "");
    }

    /**
     * Text for a Markdown cell or line: {@code &}, {@code <} and {@code >} as entities (a Markdown viewer renders
     * inline HTML, so a claim named {@code <script>} would run there) and {@code |} escaped (it ends a cell).
     */
    private static String md(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|");
    }

    private static String badge(Verdict v) {
        return switch (v) {
            case PASS -> "✅ PASS";
            case FAIL -> "❌ FAIL";
            case INCONCLUSIVE -> "❔ INCONCLUSIVE";
        };
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void text(Path file, String content) {
        ReportFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** When the report was made, for its header. */
    public static String now() {
        return ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
