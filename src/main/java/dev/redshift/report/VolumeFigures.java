package dev.redshift.report;

import dev.redshift.report.VolumeFigureSweep.Cell;
import dev.redshift.report.VolumeFigureSweep.Results;
import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * The blog's heat maps re-made from a {@link VolumeFigureSweep}: per activation, log-volume per parameter over
 * depth × weight scale, under our exact procedure (saturated cells marked) and under the blog's (what it keeps,
 * and how many networks it drops).
 */
final class VolumeFigures {

    private VolumeFigures() {
    }

    /** One heat map per activation; {@code blog} picks the blog's procedure. */
    static List<String> heatmaps(Results r, boolean blog, Path dir, String prefix) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Cell[][] a : r.cells()) {
            for (Cell[] d : a) {
                for (Cell c : d) {
                    double v = value(c, blog);
                    if (!Double.isNaN(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (!(lo < hi)) {
            lo = hi - 1;
        }
        List<String> files = new ArrayList<>();
        List<String> xs = r.scale().scales().stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList();
        List<String> ys = r.scale().depths().stream().map(String::valueOf).toList();
        for (int a = 0; a < VolumeFigureSweep.ACTIVATIONS.size(); a++) {
            HeatMapChart chart = new HeatMapChartBuilder().width(520).height(400)
                    .title(VolumeFigureSweep.ACTIVATIONS.get(a) + (blog ? " (blog's procedure)" : " (exact)"))
                    .xAxisTitle("weight scale").yAxisTitle("depth").build();
            ChartStyle.applyToHeatMap(chart.getStyler());
            chart.getStyler().setRangeColors(ReplicationFigures.HEAT);
            chart.getStyler().setMin(lo);
            chart.getStyler().setMax(hi);
            chart.getStyler().setShowValue(true);
            chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            // the value labels carry the marks: a cell's colour value is looked up to its label
            Map<Double, String> labels = new HashMap<>();
            List<Number[]> heat = new ArrayList<>();
            for (int d = 0; d < ys.size(); d++) {
                for (int w = 0; w < xs.size(); w++) {
                    Cell c = r.cells()[a][d][w];
                    double v = value(c, blog);
                    // an all-dropped cell is drawn at the bottom of the scale, nudged so its label stays its own
                    double shown = Double.isNaN(v) ? lo - 1e-9 * (1 + d * xs.size() + w) : v;
                    labels.put(shown, label(c, v, blog));
                    heat.add(new Number[] {w, d, shown});
                }
            }
            Function<Double, String> formatter = v -> labels.getOrDefault(v, String.format(Locale.ROOT, "%.3f", v));
            chart.getStyler().setHeatMapDecimalValueFormatter(formatter);
            chart.addSeries("log-volume per parameter", xs, ys, heat);
            String file = prefix + "-" + VolumeFigureSweep.ACTIVATIONS.get(a) + ".png";
            ReportFiles.write(dir.resolve(file), ChartStyle.png(chart));
            files.add(file);
        }
        return files;
    }

    private static double value(Cell c, boolean blog) {
        return blog ? c.blogPerParameter() : c.exactPerParameter();
    }

    private static String label(Cell c, double v, boolean blog) {
        if (blog) {
            String kept = c.dropped() == 0 ? "" : " −" + c.dropped() + "/" + c.networks();
            return Double.isNaN(v) ? "all dropped" : String.format(Locale.ROOT, "%.3f", v) + kept;
        }
        return String.format(Locale.ROOT, "%.3f", v) + (2 * c.saturated() > c.networks() ? " S" : "");
    }

    /** Dropped and saturated networks in the whole sweep, for the caption. */
    static String counts(Results r) {
        int cells = 0;
        int saturatedCells = 0;
        int dropped = 0;
        int allDropped = 0;
        int networks = 0;
        for (Cell[][] a : r.cells()) {
            for (Cell[] d : a) {
                for (Cell c : d) {
                    cells++;
                    saturatedCells += 2 * c.saturated() > c.networks() ? 1 : 0;
                    dropped += c.dropped();
                    allDropped += c.dropped() == c.networks() ? 1 : 0;
                    networks += c.networks();
                }
            }
        }
        return saturatedCells + " of " + cells + " cells saturated (S); the blog's procedure drops " + dropped + " of "
                + networks + " networks, every network of " + allDropped + " cells";
    }
}
