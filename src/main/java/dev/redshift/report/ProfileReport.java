package dev.redshift.report;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.spec.Profile;
import dev.redshift.spec.Profile.Property;
import dev.redshift.spec.Profile.Role;
import dev.redshift.stats.ConfigurationEvidence;
import dev.redshift.stats.Evidence;
import dev.redshift.stats.Numbers;
import dev.redshift.stats.Verdict;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a profile says: one sentence per property, the claims' table, the Fig. 4 heat maps beside a ReLU and a
 * tanh MLP's, and example functions, as one self-contained HTML page (images inline).
 */
public final class ProfileReport {

    private final Profile profile;
    private final List<ClaimOutcome> outcomes;
    private final ProfileHeatMap.Results heat;
    private final Map<String, String> facts;

    /**
     * @param profile what was profiled
     * @param outcomes the profile's claims that ran (others are reported as not run)
     * @param heat the heat maps' networks, or null when they were not sampled
     * @param facts run facts shown at the top (command, engine, time)
     */
    public ProfileReport(Profile profile, List<ClaimOutcome> outcomes, ProfileHeatMap.Results heat,
            Map<String, String> facts) {
        this.profile = profile;
        this.outcomes = List.copyOf(outcomes);
        this.heat = heat;
        this.facts = Map.copyOf(facts);
    }

    /** The outcome of the profile's claim on {@code p} in role {@code r}, if it ran. */
    Optional<ClaimOutcome> outcome(Property p, Role r) {
        return outcomes.stream().filter(o -> o.plan().tags().contains(Profile.TAG)
                && o.plan().tags().contains(p.tag()) && o.plan().tags().contains(r.tag())).findFirst();
    }

    /** One sentence per property the family has, in {@link Property} order. */
    public List<String> sentences() {
        List<String> out = new ArrayList<>();
        for (Property p : profile.properties()) {
            out.add(sentence(p));
        }
        return out;
    }

    private String sentence(Property p) {
        String head = Character.toUpperCase(p.words().charAt(0)) + p.words().substring(1) + ": ";
        if (p == Property.LAYER_NORM || p == Property.RESIDUAL) {
            return outcome(p, Role.EFFECT).map(o -> head + "at weight scale "
                    + Numbers.format(Profile.EFFECT_WEIGHT_SCALE) + ", " + effect(o.evidence()) + " — "
                    + difference(o.evidence()) + ".")
                    .orElse(head + notRun());
        }
        Optional<ClaimOutcome> invariance = outcome(p, Role.INVARIANCE);
        if (invariance.isEmpty()) {
            return head + notRun();
        }
        Evidence e = invariance.get().evidence();
        StringBuilder s = new StringBuilder(head).append("complexity ").append(trend(e, p)).append(": ")
                .append(difference(e)).append(" (").append(e.verdict()).append(" against ±")
                .append(Numbers.format(e.margin())).append(')');
        Optional<ClaimOutcome> relu = outcome(p, Role.LIKE_RELU);
        Optional<ClaimOutcome> tanh = outcome(p, Role.LIKE_TANH);
        if (relu.isPresent() && tanh.isPresent()) {
            s.append("; its response is ").append(likeness(relu.get().evidence(), tanh.get().evidence()))
                    .append(" — per e-fold of ").append(p.parameter()).append(", its slope minus a ReLU MLP's ")
                    .append(slopeGap(relu.get().evidence())).append(", minus a tanh MLP's ")
                    .append(slopeGap(tanh.get().evidence()));
        }
        return s.append('.').toString();
    }

    private static String notRun() {
        return "not decided — its claim could not run (see the claims' table and the console).";
    }

    private static String effect(Evidence e) {
        return switch (e.verdict()) {
            case PASS -> "it lowers complexity as Table 1 says";
            case FAIL -> "it does not lower complexity, unlike Table 1";
            case INCONCLUSIVE -> "no effect on complexity could be shown either way";
        };
    }

    private static String trend(Evidence e, Property p) {
        List<ConfigurationEvidence> c = e.configurations();
        double change = c.get(c.size() - 1).summary().mean() - c.get(0).summary().mean();
        return switch (e.verdict()) {
            case PASS -> "does not change with " + p.words();
            case FAIL -> (change > 0 ? "rises" : "falls") + " with " + p.words();
            case INCONCLUSIVE -> "may change with " + p.words() + " (undecided within the budget)";
        };
    }

    /**
     * Where the family's sensitivity sits: the equivalence claims' statistic is the reference's mean slope minus
     * the family's (configurations in that order), so the family's gap is its negation.
     */
    private static String likeness(Evidence relu, Evidence tanh) {
        boolean likeRelu = relu.verdict() == Verdict.PASS;
        boolean likeTanh = tanh.verdict() == Verdict.PASS;
        if (likeRelu && likeTanh) {
            return "like both a ReLU and a tanh MLP's (they do not differ here)";
        }
        if (likeRelu) {
            return "like a ReLU MLP's";
        }
        if (likeTanh) {
            return "like a tanh MLP's";
        }
        double overRelu = -relu.estimate();
        double overTanh = -tanh.estimate();
        if (overRelu > 0 && overTanh < 0) {
            return "between a ReLU and a tanh MLP's";
        }
        return overTanh > 0 ? "steeper than a tanh MLP's" : overRelu < 0 ? "below a ReLU MLP's"
                : "unlike a ReLU or a tanh MLP's";
    }

    private static String slopeGap(Evidence e) {
        return signed(-e.estimate()) + " (" + Numbers.format(-e.bounds().upper()) + " to "
                + Numbers.format(-e.bounds().lower()) + ")";
    }

    private static String difference(Evidence e) {
        return e.statistic() + " = " + signed(e.estimate()) + ", " + Numbers.format(e.confidence() * 100)
                + "% bounds " + Numbers.format(e.bounds().lower()) + " to " + Numbers.format(e.bounds().upper());
    }

    private static String signed(double x) {
        return (x > 0 ? "+" : "") + Numbers.format(x);
    }

    /** Writes {@code dir/index.html} and returns its path. */
    public Path write(Path dir) {
        Path index = dir.resolve("index.html");
        ReportFiles.write(index, html().getBytes(StandardCharsets.UTF_8));
        return index;
    }

    String html() {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Profile: ")
                .append(esc(profile.label())).append("</title><style>")
                .append("body{font-family:sans-serif;max-width:1500px;margin:2em auto;padding:0 1em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;")
                .append("text-align:left;vertical-align:top}.PASS{color:#1a7f37;font-weight:bold}")
                .append(".FAIL{color:#c62828;font-weight:bold}.INCONCLUSIVE{color:#9a6700;font-weight:bold}")
                .append("img{max-width:32%;margin:2px}code{background:#f4f4f4}</style></head><body>");
        h.append("<h1>Profile: ").append(esc(profile.label())).append("</h1>");
        h.append("<p>Network <code>").append(esc(profile.family().id())).append("</code> with <code>")
                .append(esc(profile.with().isEmpty() ? "its defaults" : profile.with().toString()))
                .append("</code>; measure <code>").append(esc(profile.measure()))
                .append("</code>. The standard characterisation of Neural Redshift's Table 1 (invariance to weight scale,"
                        + " depth, width and bias scale; the effect of layer norm and residual connections) and the"
                        + " per-network sensitivity to weight scale and depth against ReLU and tanh MLPs of the same"
                        + " width and depth. Each claim's page, plot and per-network values are in the"
                        + " <a href=\"allure-report/index.html\">Allure report</a>.</p><ul>");
        facts.forEach((k, v) -> h.append("<li>").append(esc(k)).append(": <code>").append(esc(v)).append("</code></li>"));
        h.append("</ul><h2>In one sentence per property</h2><ul>");
        sentences().forEach(s -> h.append("<li>").append(esc(s)).append("</li>"));
        h.append("</ul><h2>Claims</h2><table><tr><th>property</th><th>claim</th><th>verdict</th><th>statistic</th>"
                + "<th>estimate</th><th>bounds</th><th>margin</th><th>networks per configuration</th></tr>");
        for (Property p : profile.properties()) {
            for (Role r : Role.values()) {
                outcome(p, r).ifPresent(o -> row(h, p, o));
            }
        }
        h.append("</table>");
        if (heat != null) {
            heatMaps(h);
            examples(h);
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void row(StringBuilder h, Property p, ClaimOutcome o) {
        Evidence e = o.evidence();
        h.append("<tr><td>").append(esc(p.words())).append("</td><td>").append(esc(o.plan().name()))
                .append("<br><small>").append(esc(e.sentence())).append("</small></td><td class=\"")
                .append(e.verdict()).append("\">").append(e.verdict()).append("</td><td>").append(esc(e.statistic()))
                .append("</td><td>").append(Numbers.format(e.estimate())).append("</td><td>")
                .append(Numbers.format(e.bounds().lower())).append(" to ").append(Numbers.format(e.bounds().upper()))
                .append("</td><td>±").append(Numbers.format(e.margin())).append("</td><td>")
                .append(e.networksPerConfiguration()).append("</td></tr>");
    }

    /** Fig. 4 per measure: the family's panel beside the ReLU and tanh MLPs', on one colour range. */
    private void heatMaps(StringBuilder h) {
        h.append("<h2>Complexity over weight scale × depth (Fig. 4)</h2><p>Mean over ").append(heat.networksPerCell())
                .append(" networks per cell, ").append(heat.grid()).append("×").append(heat.grid())
                .append(" grid. A family without a depth parameter is one row (its own depth); the MLPs have its"
                        + " width.</p>");
        for (int m = 0; m < heat.measures().size(); m++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            List<double[][]> means = new ArrayList<>();
            for (ProfileHeatMap.Panel panel : heat.panels()) {
                double[][] v = ProfileHeatMap.means(panel, m);
                means.add(v);
                for (double[] row : v) {
                    for (double x : row) {
                        if (Double.isFinite(x)) {
                            lo = Math.min(lo, x);
                            hi = Math.max(hi, x);
                        }
                    }
                }
            }
            String measure = heat.measures().get(m);
            h.append("<h3>").append(esc(measure)).append("</h3><div>");
            for (int p = 0; p < heat.panels().size(); p++) {
                ProfileHeatMap.Panel panel = heat.panels().get(p);
                List<String> xs = panel.weightScales().isEmpty() ? List.of("as given")
                        : panel.weightScales().stream().map(Numbers::format).toList();
                List<String> ys = panel.depths().isEmpty() ? List.of("own")
                        : panel.depths().stream().map(String::valueOf).toList();
                byte[] png = ReplicationFigures.heatMap(panel.label(), measure, xs, ys, means.get(p), lo, hi);
                h.append(img(panel.label() + ", " + measure, png));
            }
            h.append("</div>");
        }
    }

    /** One random function per panel and weight scale, at depth 2 where the panel varies depth. */
    private void examples(StringBuilder h) {
        int m = heat.grid();
        if (heat.panels().get(0).cells()[0][0].firstFunction().length != m * m) {
            return;
        }
        h.append("<h2>Example functions</h2><p>The first network of each cell, grayscale over [−1, 1]²; rows: ");
        List<String> labels = new ArrayList<>();
        for (ProfileHeatMap.Panel panel : heat.panels()) {
            labels.add(panel.label() + (panel.depths().isEmpty() ? "" : " (depth 2)"));
        }
        h.append(esc(String.join(", ", labels))).append("; columns: weight scale ")
                .append(esc(heat.panels().get(1).weightScales().stream().map(w -> "×" + Numbers.format(w))
                        .reduce((a, b) -> a + " " + b).orElse(""))).append(".</p>");
        int scale = Math.max(1, 96 / m);
        int tile = m * scale + 8;
        int cols = heat.panels().stream().mapToInt(p -> p.cells()[0].length).max().orElse(1);
        BufferedImage image = new BufferedImage(cols * tile, heat.panels().size() * tile, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = FunctionImages.labelledCanvas(image);
        for (int p = 0; p < heat.panels().size(); p++) {
            ProfileHeatMap.Panel panel = heat.panels().get(p);
            int row = Math.max(0, panel.depths().indexOf(2));
            for (int w = 0; w < panel.cells()[row].length; w++) {
                float[] f = panel.cells()[row][w].firstFunction();
                g.drawImage(FunctionImages.tiles(f, m, 1, 1, scale), w * tile, p * tile, null);
            }
        }
        g.dispose();
        h.append(img("example functions", FunctionImages.png(image)).replace("<img ", "<img style=\"max-width:none\" "));
    }

    private static String img(String alt, byte[] png) {
        return "<img alt=\"" + esc(alt) + "\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png)
                + "\">";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
