package dev.redshift.report;

import dev.redshift.report.VolumeFigureSweep.Cell;
import dev.redshift.report.VolumeFigureSweep.Results;
import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * The blog's heat maps re-made from a {@link VolumeFigureSweep}: per activation, log-volume per parameter over
 * depth × weight scale, under our exact procedure and under the blog's (the mean of what it keeps). Which cells
 * are saturated and how many networks the blog drops where are in each panel's title and in {@link #marks}.
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
                    .title(VolumeFigureSweep.ACTIVATIONS.get(a) + (blog ? " (blog's procedure), "
                            + dropped(r.cells()[a]) : " (exact), " + saturated(r.cells()[a])))
                    .xAxisTitle("weight scale").yAxisTitle("depth").build();
            ChartStyle.applyToHeatMap(chart.getStyler());
            chart.getStyler().setRangeColors(ReplicationFigures.HEAT);
            chart.getStyler().setMin(lo);
            chart.getStyler().setMax(hi);
            chart.getStyler().setShowValue(true);
            chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            chart.getStyler().setHeatMapValueDecimalPattern("0.000");
            List<Number[]> heat = new ArrayList<>();
            for (int d = 0; d < ys.size(); d++) {
                for (int w = 0; w < xs.size(); w++) {
                    double v = value(r.cells()[a][d][w], blog);
                    // a cell whose networks were all dropped is drawn at the bottom of the scale; its count is in
                    // the title and the caption
                    heat.add(new Number[] {w, d, Double.isNaN(v) ? lo : v});
                }
            }
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

    private static String dropped(Cell[][] panel) {
        int dropped = 0;
        int networks = 0;
        for (Cell[] row : panel) {
            for (Cell c : row) {
                dropped += c.dropped();
                networks += c.networks();
            }
        }
        return dropped + "/" + networks + " dropped";
    }

    private static String saturated(Cell[][] panel) {
        int cells = 0;
        int saturated = 0;
        for (Cell[] row : panel) {
            for (Cell c : row) {
                cells++;
                saturated += saturated(c) ? 1 : 0;
            }
        }
        return saturated + "/" + cells + " cells saturated";
    }

    private static boolean saturated(Cell c) {
        return 2 * c.saturated() > c.networks();
    }

    /**
     * Per activation, the cells (depth, weight scale) that are saturated, or where the blog's procedure drops
     * networks, with how many: the marks a heat map's colours cannot carry.
     */
    static String marks(Results r, boolean blog) {
        StringBuilder s = new StringBuilder();
        for (int a = 0; a < VolumeFigureSweep.ACTIVATIONS.size(); a++) {
            List<String> cells = new ArrayList<>();
            for (int d = 0; d < r.scale().depths().size(); d++) {
                for (int w = 0; w < r.scale().scales().size(); w++) {
                    Cell c = r.cells()[a][d][w];
                    String at = "depth " + r.scale().depths().get(d) + " × " + String.format(Locale.ROOT, "%.2f",
                            r.scale().scales().get(w));
                    if (blog && c.dropped() > 0) {
                        cells.add(at + " −" + c.dropped() + "/" + c.networks());
                    } else if (!blog && saturated(c)) {
                        cells.add(at);
                    }
                }
            }
            s.append(s.length() == 0 ? "" : "; ").append(VolumeFigureSweep.ACTIVATIONS.get(a)).append(": ")
                    .append(cells.isEmpty() ? "none" : String.join(", ", cells));
        }
        return s.toString();
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
                    saturatedCells += saturated(c) ? 1 : 0;
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
