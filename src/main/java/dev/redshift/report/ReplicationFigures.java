package dev.redshift.report;

import dev.redshift.report.FigureSweep.Cell;
import dev.redshift.report.FigureSweep.Results;
import dev.redshift.stats.Numbers;
import dev.redshift.stats.Spearman;
import dev.redshift.stats.Summary;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The paper's figures, re-made from a {@link FigureSweep}'s numbers. */
final class ReplicationFigures {

    /** A sequential palette from pale to dark blue, readable in grayscale. */
    static final Color[] HEAT = {new Color(247, 251, 255), new Color(198, 219, 239),
        new Color(107, 174, 214), new Color(33, 113, 181), new Color(8, 48, 107)};

    private ReplicationFigures() {
    }

    /** Fig. 4/19/20: one heat map per activation of mean complexity over depth × weight magnitude. */
    static List<String> heatmaps(Results r, String measure, Path dir, String prefix) {
        return heatmaps(r, measure, dir, prefix, "");
    }

    /** The same, each panel's title the activation followed by {@code titleSuffix} (", DC included"). */
    static List<String> heatmaps(Results r, String measure, Path dir, String prefix, String titleSuffix) {
        int m = r.measures().indexOf(measure);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Cell[][] a : r.depthByScale()) {
            for (Cell[] d : a) {
                for (Cell c : d) {
                    lo = Math.min(lo, c.mean(m));
                    hi = Math.max(hi, c.mean(m));
                }
            }
        }
        List<String> files = new ArrayList<>();
        List<String> xs = FigureSweep.WEIGHT_SCALES.stream().map(Numbers::format).toList();
        List<String> ys = FigureSweep.DEPTHS.stream().map(String::valueOf).toList();
        for (int a = 0; a < FigureSweep.ACTIVATIONS.size(); a++) {
            double[][] means = new double[ys.size()][xs.size()];
            for (int d = 0; d < ys.size(); d++) {
                for (int w = 0; w < xs.size(); w++) {
                    means[d][w] = r.depthByScale()[a][d][w].mean(m);
                }
            }
            String file = prefix + "-" + FigureSweep.ACTIVATIONS.get(a) + ".png";
            ReportFiles.write(dir.resolve(file), heatMap(FigureSweep.ACTIVATIONS.get(a) + titleSuffix, measure, xs, ys,
                    means, lo, hi));
            files.add(file);
        }
        return files;
    }

    /**
     * One Fig. 4 panel as PNG: mean complexity, rows = depths ({@code ys}), columns = weight magnitudes
     * ({@code xs}), on the colour range lo..hi shared by the panels it is shown beside.
     */
    static byte[] heatMap(String title, String measure, List<String> xs, List<String> ys, double[][] means,
            double lo, double hi) {
        HeatMapChart chart = new HeatMapChartBuilder().width(460).height(380)
                .title(title).xAxisTitle("weight magnitude").yAxisTitle("depth").build();
        ChartStyle.applyToHeatMap(chart.getStyler());
        chart.getStyler().setRangeColors(HEAT);
        chart.getStyler().setMin(lo);
        chart.getStyler().setMax(hi);
        chart.getStyler().setShowValue(true);
        chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        chart.getStyler().setHeatMapValueDecimalPattern(hi >= 100 ? "0" : "0.0");
        chart.getStyler().setHeatMapDecimalValueFormatter(Numbers::format);
        List<Number[]> heat = new ArrayList<>();
        for (int d = 0; d < ys.size(); d++) {
            for (int w = 0; w < xs.size(); w++) {
                heat.add(new Number[] {w, d, means[d][w]});
            }
        }
        chart.addSeries(measure, xs, ys, heat);
        return ChartStyle.png(chart);
    }

    /** Fig. 5/17: complexity against weight magnitude for plain, layer-norm, residual and gated tanh MLPs. */
    static String variants(Results r, String measure, Path dir, String file) {
        int m = r.measures().indexOf(measure);
        XYChart chart = new XYChartBuilder().width(760).height(460)
                .title("tanh MLP, depth 3: " + measure + " complexity against weight magnitude")
                .xAxisTitle("weight magnitude").yAxisTitle(measure + " complexity").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(true);
        double[] x = FigureSweep.WEIGHT_SCALES.stream().mapToDouble(Double::doubleValue).toArray();
        for (int v = 0; v < FigureSweep.VARIANTS.size(); v++) {
            double[] y = new double[x.length];
            double[] err = new double[x.length];
            for (int w = 0; w < x.length; w++) {
                Cell c = r.variantsByScale()[v][w];
                y[w] = c.mean(m);
                double[] defined = Arrays.stream(c.values()[m]).filter(d -> !Double.isNaN(d)).toArray();
                err[w] = 1.96 * Summary.of(defined).sd() / Math.sqrt(Math.max(1, defined.length));
            }
            XYSeries s = chart.addSeries(FigureSweep.VARIANTS.get(v), x, y, err);
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        ReportFiles.write(dir.resolve(file), ChartStyle.png(chart));
        return file;
    }

    /** Fig. 6/18: Spearman correlations between the measures over every network of the sweep. */
    static String correlations(Results r, Path dir, String file) {
        List<double[]> columns = new ArrayList<>();
        for (int m = 0; m < r.measures().size(); m++) {
            columns.add(new double[0]);
        }
        for (Cell[][] a : r.depthByScale()) {
            for (Cell[] d : a) {
                for (Cell c : d) {
                    for (int m = 0; m < columns.size(); m++) {
                        double[] old = columns.get(m);
                        double[] add = c.values()[m];
                        double[] merged = Arrays.copyOf(old, old.length + add.length);
                        System.arraycopy(add, 0, merged, old.length, add.length);
                        columns.set(m, merged);
                    }
                }
            }
        }
        int k = columns.size();
        HeatMapChart chart = new HeatMapChartBuilder().width(620).height(520)
                .title("Spearman correlation between measures").build();
        ChartStyle.applyToHeatMap(chart.getStyler());
        chart.getStyler().setRangeColors(HEAT);
        chart.getStyler().setMin(0);
        chart.getStyler().setMax(1);
        chart.getStyler().setShowValue(true);
        chart.getStyler().setHeatMapValueDecimalPattern("0.00");
        List<Number[]> heat = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                heat.add(new Number[] {i, j, spearman(columns.get(i), columns.get(j))});
            }
        }
        chart.addSeries("ρ", r.measures(), r.measures(), heat);
        ReportFiles.write(dir.resolve(file), ChartStyle.png(chart));
        return file;
    }

    /**
     * Fig. 10: LZ of decoded sequences against the layer-norm scale, one line per claim that varies
     * {@code lnScale} (one activation each), with the random-token baseline when a claim measured it.
     */
    static java.util.Optional<String> transformers(List<dev.redshift.engine.ClaimOutcome> outcomes, Path dir,
            String file) {
        XYChart chart = new XYChartBuilder().width(960).height(480)
                .title("Untrained transformers: LZ of decoded sequences against lnScale")
                .xAxisTitle("lnScale (γ of ln_1, ln_2)").yAxisTitle("LZ complexity").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        chart.getStyler().setXAxisLogarithmic(true);
        double baseline = Double.NaN;
        Object baselineVocab = null;
        int lines = 0;
        for (dev.redshift.engine.ClaimOutcome o : outcomes) {
            var plan = o.plan();
            if (!"lnScale".equals(plan.varied()) || !plan.configurations().get(0).network().equals("gpt2")) {
                continue;
            }
            double[] x = new double[plan.configurations().size()];
            double[] y = new double[x.length];
            for (int c = 0; c < x.length; c++) {
                x[c] = ((Number) plan.configurations().get(c).parameters().asMap().get("lnScale")).doubleValue();
                y[c] = o.evidence().configurations().get(c).summary().mean();
            }
            var p = plan.configurations().get(0).parameters().asMap();
            String name = p.get("activation") + ", width " + p.get("width") + ", depth " + p.get("depth");
            if (chart.getSeriesMap().containsKey(name)) {
                name = name + " (" + plan.name() + ")";
            }
            chart.addSeries(name, x, y).setMarker(SeriesMarkers.CIRCLE);
            lines++;
        }
        for (dev.redshift.engine.ClaimOutcome o : outcomes) {
            for (int c = 0; c < o.plan().configurations().size(); c++) {
                if (o.plan().configurations().get(c).network().equals("random-tokens") && Double.isNaN(baseline)) {
                    baseline = o.evidence().configurations().get(c).summary().mean();
                    baselineVocab = o.plan().configurations().get(c).parameters().asMap().get("vocab");
                }
            }
        }
        if (lines == 0) {
            return java.util.Optional.empty();
        }
        if (!Double.isNaN(baseline)) {
            double[] xs = chart.getSeriesMap().values().iterator().next().getXData();
            double[] flat = new double[xs.length];
            Arrays.fill(flat, baseline);
            chart.addSeries("uniformly random tokens, vocabulary " + baselineVocab, xs, flat)
                    .setMarker(SeriesMarkers.NONE);
        }
        ReportFiles.write(dir.resolve(file), ChartStyle.png(chart));
        return java.util.Optional.of(file);
    }

    /** Fig. 3: one sampled function per activation (rows) and weight magnitude (columns), depth 2. */
    static String examples(Results r, Path dir, String file) {
        int m = r.grid();
        int scale = Math.max(1, 96 / m);
        int tile = m * scale;
        int gap = 6;
        int label = 90;
        int header = 26;
        int cols = FigureSweep.WEIGHT_SCALES.size();
        int rows = FigureSweep.ACTIVATIONS.size();
        BufferedImage image = new BufferedImage(label + cols * (tile + gap), header + rows * (tile + gap),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = FunctionImages.labelledCanvas(image);
        int depth = FigureSweep.DEPTHS.indexOf(2);
        for (int w = 0; w < cols; w++) {
            g.drawString("×" + Numbers.format(FigureSweep.WEIGHT_SCALES.get(w)), label + w * (tile + gap) + tile / 3, 18);
        }
        for (int a = 0; a < rows; a++) {
            g.drawString(FigureSweep.ACTIVATIONS.get(a), 6, header + a * (tile + gap) + tile / 2);
            for (int w = 0; w < cols; w++) {
                float[] f = r.depthByScale()[a][depth][w].firstFunction();
                BufferedImage t = FunctionImages.tiles(f, m, 1, 1, scale);
                g.drawImage(t.getSubimage(4, 4, tile, tile), label + w * (tile + gap), header + a * (tile + gap), null);
            }
        }
        g.dispose();
        FunctionImages.writePng(image, dir.resolve(file));
        return file;
    }

    private static double spearman(double[] x, double[] y) {
        int n = 0;
        double[] a = new double[x.length];
        double[] b = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                a[n] = x[i];
                b[n] = y[i];
                n++;
            }
        }
        return Spearman.correlation(a, b, n);
    }
}
