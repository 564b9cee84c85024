package dev.redshift.report;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.Configuration;
import dev.redshift.stats.ConfigurationEvidence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The training half of the blog's local-volume section, drawn from this run's claims (no sweep of its own): the
 * log-volume at each training checkpoint ({@code vary: { train.steps: […] }} claims on {@code local-volume}),
 * one line per claim, and the grokking counts of the {@code grokked} claims, with their verdicts.
 */
final class TrainedVolumeFigures {

    private static final String STEPS = "train.steps";
    private static final String VOLUME = "local-volume";
    private static final String GROKKED = "grokked";

    private TrainedVolumeFigures() {
    }

    /** Whether the run has any claim this section draws on. */
    static boolean any(List<ClaimOutcome> outcomes) {
        return !checkpointClaims(outcomes).isEmpty() || !grokkingClaims(outcomes).isEmpty();
    }

    /** Claims of log-volume along training: train.steps varied, the local-volume measure. */
    static List<ClaimOutcome> checkpointClaims(List<ClaimOutcome> outcomes) {
        return outcomes.stream().filter(o -> STEPS.equals(o.plan().varied())
                && o.plan().measureNames().equals(List.of(VOLUME))).toList();
    }

    /** Claims on the share of runs that grokked. */
    static List<ClaimOutcome> grokkingClaims(List<ClaimOutcome> outcomes) {
        return outcomes.stream().filter(o -> o.plan().measureNames().equals(List.of(GROKKED))).toList();
    }

    /** Mean log-volume (with its simultaneous bounds) against the training steps, one line per claim. */
    static Optional<String> checkpoints(List<ClaimOutcome> outcomes, Path dir, String file) {
        List<ClaimOutcome> claims = checkpointClaims(outcomes);
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = new XYChartBuilder().width(960).height(480)
                .title("modadd log-volume at training checkpoints (mean, 95% simultaneous bounds)")
                .xAxisTitle("training steps").yAxisTitle("log-volume (nats)").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        java.util.Set<String> used = new java.util.HashSet<>();
        for (ClaimOutcome o : claims) {
            List<Configuration> levels = o.plan().configurations();
            double[] x = new double[levels.size()];
            double[] y = new double[x.length];
            double[] error = new double[x.length];
            for (int c = 0; c < x.length; c++) {
                ConfigurationEvidence e = o.evidence().configurations().get(c);
                x[c] = levels.get(c).training().steps();
                y[c] = e.summary().mean();
                error[c] = e.bounds() == null ? 0 : (e.bounds().upper() - e.bounds().lower()) / 2;
                if (!Double.isFinite(error[c])) {
                    error[c] = 0;
                }
            }
            // several claims read the same activation's checkpoints (the fall, the share of runs, the trend):
            // XChart refuses a series name twice, so a repeated label takes the claim's number
            String label = label(o);
            for (int n = 2; !used.add(label); n++) {
                label = label(o) + " (" + n + ")";
            }
            chart.addSeries(label, x, y, error).setMarker(SeriesMarkers.CIRCLE);
        }
        ReportFiles.write(dir.resolve(file), ChartStyle.png(chart));
        return Optional.of(file);
    }

    /** "GELU groks more often than ReLU: gelu 5 of 8, relu 2 of 8 — ❔ INCONCLUSIVE (…)", one per claim. */
    static List<String> grokkingCounts(List<ClaimOutcome> outcomes) {
        List<String> lines = new ArrayList<>();
        for (ClaimOutcome o : grokkingClaims(outcomes)) {
            List<String> counts = new ArrayList<>();
            for (ConfigurationEvidence e : o.evidence().configurations()) {
                int n = e.summary().n();
                counts.add(String.format(Locale.ROOT, "%s %d of %d", e.label(), Math.round(e.summary().mean() * n), n));
            }
            lines.add(o.plan().name() + ": " + String.join(", ", counts) + " runs grokked — " + o.evidence().verdict()
                    + " (" + o.evidence().sentence() + ")");
        }
        return lines;
    }

    /** The checkpoint claims' verdicts, one per claim. */
    static List<String> checkpointVerdicts(List<ClaimOutcome> outcomes) {
        List<String> lines = new ArrayList<>();
        for (ClaimOutcome o : checkpointClaims(outcomes)) {
            List<String> means = new ArrayList<>();
            for (int c = 0; c < o.plan().configurations().size(); c++) {
                means.add(String.format(Locale.ROOT, "step %d %.0f", o.plan().configurations().get(c).training()
                        .steps(), o.evidence().configurations().get(c).summary().mean()));
            }
            lines.add(o.plan().name() + ": " + String.join(", ", means) + " — " + o.evidence().verdict());
        }
        return lines;
    }

    private static String label(ClaimOutcome o) {
        ClaimPlan p = o.plan();
        Object activation = p.configurations().get(0).parameters().asMap().get("activation");
        Object modulus = p.configurations().get(0).parameters().asMap().get("modulus");
        String name = p.name().length() > 48 ? p.name().substring(0, 47) + "…" : p.name();
        return name + " (" + activation + ", N " + modulus + "): " + o.evidence().verdict();
    }
}
