package dev.redshift.report;

import dev.redshift.report.TrainedFigureSweep.Results;
import dev.redshift.report.TrainedFigureSweep.Trajectory;
import dev.redshift.stats.Numbers;
import dev.redshift.stats.QuadraticPeak;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The paper's trained-network figures, re-made from a {@link TrainedFigureSweep}'s runs. */
final class TrainedFigures {

    /** Points drawn along each fitted quadratic. */
    private static final int CURVE_POINTS = 40;

    private TrainedFigures() {
    }

    /**
     * Fig. 7/8: one chart per activation of test accuracy against the prefactor (log axis), one colour per
     * modulus: the mean over runs as dots, each run's least-squares quadratic in log(prefactor) as a thin line and
     * its peak ({@link QuadraticPeak}, as the {@code peak:} summary takes it) as a diamond.
     */
    static List<String> accuracyAgainstPrefactor(Results r, Path dir, String prefix) {
        double[] prefactors = r.scale().prefactors().stream().mapToDouble(Double::doubleValue).toArray();
        double[] logs = Arrays.stream(prefactors).map(Math::log).toArray();
        List<String> files = new ArrayList<>();
        for (int a = 0; a < r.scale().activations().size(); a++) {
            XYChart chart = new XYChartBuilder().width(560).height(420)
                    .title(r.scale().activations().get(a) + " MLP on the modulo task (CI scale)")
                    .xAxisTitle("prefactor").yAxisTitle("test accuracy").build();
            ChartStyle.apply(chart.getStyler());
            chart.getStyler().setXAxisLogarithmic(true);
            chart.getStyler().setYAxisMin(0.3);
            chart.getStyler().setYAxisMax(1.05);
            for (int m = 0; m < r.scale().moduli().size(); m++) {
                Color colour = ChartStyle.PALETTE[m % ChartStyle.PALETTE.length];
                double[][] runs = r.accuracy()[a][m];
                double[] mean = new double[prefactors.length];
                for (int p = 0; p < prefactors.length; p++) {
                    mean[p] = Arrays.stream(runs[p]).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
                }
                XYSeries dots = chart.addSeries("M = " + r.scale().moduli().get(m) + " (mean)", prefactors, mean);
                dots.setMarker(SeriesMarkers.CIRCLE);
                dots.setLineColor(colour);
                dots.setMarkerColor(colour);
                List<Double> peakX = new ArrayList<>();
                List<Double> peakY = new ArrayList<>();
                for (int k = 0; k < runs[0].length; k++) {
                    double[] y = new double[prefactors.length];
                    for (int p = 0; p < prefactors.length; p++) {
                        y[p] = runs[p][k];
                    }
                    double peak = QuadraticPeak.of(logs, y);
                    if (Double.isNaN(peak)) {
                        continue;
                    }
                    QuadraticPeak.Quadratic fit = QuadraticPeak.fit(logs, y);
                    double[] cx = new double[CURVE_POINTS];
                    double[] cy = new double[CURVE_POINTS];
                    for (int i = 0; i < CURVE_POINTS; i++) {
                        double t = logs[0] + (logs[logs.length - 1] - logs[0]) * i / (CURVE_POINTS - 1);
                        cx[i] = Math.exp(t);
                        cy[i] = fit.at(t);
                    }
                    XYSeries curve = chart.addSeries("M = " + r.scale().moduli().get(m) + " fit " + k, cx, cy);
                    curve.setMarker(SeriesMarkers.NONE);
                    curve.setLineColor(colour);
                    curve.setLineWidth(0.8f);
                    curve.setShowInLegend(false);
                    peakX.add(Math.exp(peak));
                    peakY.add(fit.at(peak));
                }
                if (!peakX.isEmpty()) {
                    XYSeries peaks = chart.addSeries("M = " + r.scale().moduli().get(m) + " peaks", peakX, peakY);
                    peaks.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                    peaks.setMarker(SeriesMarkers.DIAMOND);
                    peaks.setMarkerColor(colour);
                    peaks.setShowInLegend(false);
                }
            }
            String file = prefix + "-" + r.scale().activations().get(a) + ".png";
            ReportFiles.write(dir.resolve(file), ChartStyle.png(chart));
            files.add(file);
        }
        return files;
    }

    /** Fig. 13/14: rows of activation × weight scale; columns at initialisation, trained, shuffled. */
    static String imageGrid(Results r, Path dir, String file) {
        int m = r.scale().imageGrid();
        // tiles wide enough for the column headers
        int scale = Math.max(1, 128 / m);
        int tile = m * scale;
        int gap = 6;
        int label = 130;
        int header = 26;
        String[] columns = {"at initialisation", "trained", "shuffled"};
        List<java.util.Map<String, Object>> rows = TrainedFigureSweep.IMAGE_ROWS;
        BufferedImage image = new BufferedImage(label + columns.length * (tile + gap), header + rows.size() * (tile + gap),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = FunctionImages.labelledCanvas(image);
        for (int c = 0; c < columns.length; c++) {
            g.drawString(columns[c], label + c * (tile + gap) + 4, 18);
        }
        for (int row = 0; row < rows.size(); row++) {
            g.drawString(rows.get(row).get("activation") + ", ×" + Numbers.format(
                    ((Number) rows.get(row).get("weightScale")).doubleValue()), 6, header + row * (tile + gap) + tile / 2);
            for (int c = 0; c < columns.length; c++) {
                BufferedImage t = FunctionImages.tiles(r.images()[row][c], m, 1, 1, scale);
                g.drawImage(t.getSubimage(4, 4, tile, tile), label + c * (tile + gap), header + row * (tile + gap), null);
            }
        }
        g.dispose();
        FunctionImages.writePng(image, dir.resolve(file));
        return file;
    }

    /** Fig. 16: weight magnitude against Fourier complexity along training, one line per activation. */
    static String trajectories(Results r, Path dir, String file) {
        XYChart chart = new XYChartBuilder().width(760).height(460)
                .title("Training trajectories on the modulo task, M = 7 (CI scale; every "
                        + r.scale().every() + " steps)")
                .xAxisTitle("weight magnitude (mean |w|)").yAxisTitle("Fourier complexity of the function").build();
        ChartStyle.apply(chart.getStyler());
        for (Trajectory t : r.trajectories()) {
            XYSeries s = chart.addSeries(t.activation(), t.weightMagnitude(), t.fourier());
            s.setMarker(SeriesMarkers.CIRCLE);
            XYSeries start = chart.addSeries(t.activation() + " start", new double[] {t.weightMagnitude()[0]},
                    new double[] {t.fourier()[0]});
            start.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            start.setMarker(SeriesMarkers.SQUARE);
            start.setMarkerColor(Color.BLACK);
            start.setShowInLegend(false);
        }
        ReportFiles.write(dir.resolve(file), ChartStyle.png(chart));
        return file;
    }

    /** Each activation's mean peak prefactor per modulus, "gaussian 0.71 → 1.4 → 2.8", for the caption. */
    static String peaks(Results r) {
        double[] logs = r.scale().prefactors().stream().mapToDouble(Math::log).toArray();
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < r.scale().activations().size(); a++) {
            List<String> perM = new ArrayList<>();
            for (int m = 0; m < r.scale().moduli().size(); m++) {
                double[][] runs = r.accuracy()[a][m];
                double sum = 0;
                int n = 0;
                for (int k = 0; k < runs[0].length; k++) {
                    double[] y = new double[logs.length];
                    for (int p = 0; p < logs.length; p++) {
                        y[p] = runs[p][k];
                    }
                    double peak = QuadraticPeak.of(logs, y);
                    if (!Double.isNaN(peak)) {
                        sum += Math.exp(peak);
                        n++;
                    }
                }
                perM.add(n == 0 ? "–" : Numbers.format(sum / n));
            }
            parts.add(r.scale().activations().get(a) + " " + String.join(" → ", perM));
        }
        return String.join("; ", parts);
    }

    /** Each image row's Fourier complexity at initialisation / trained / shuffled, for the caption. */
    static String imageComplexities(Results r) {
        dev.redshift.measure.ComplexityMeasure fourier = dev.redshift.measure.MeasureCatalog.byName("fourier",
                dev.redshift.measure.MeasureOptions.DEFAULTS);
        dev.redshift.eval.Grid grid = new dev.redshift.eval.Grid(r.scale().imageGrid(), 2);
        List<String> parts = new ArrayList<>();
        for (int row = 0; row < r.images().length; row++) {
            List<String> values = new ArrayList<>();
            for (float[] f : r.images()[row]) {
                values.add(Numbers.format(fourier.measure(grid.observe(f, 0)).value()));
            }
            java.util.Map<String, Object> p = TrainedFigureSweep.IMAGE_ROWS.get(row);
            parts.add(p.get("activation") + " ×" + Numbers.format(((Number) p.get("weightScale")).doubleValue()) + " "
                    + String.join(" / ", values));
        }
        return String.join("; ", parts);
    }

    /** Each trajectory's first and last (weight magnitude, Fourier complexity), for the caption. */
    static String trajectoryEnds(Results r) {
        List<String> parts = new ArrayList<>();
        for (Trajectory t : r.trajectories()) {
            int last = t.steps().length - 1;
            parts.add(t.activation() + " (" + Numbers.format(t.weightMagnitude()[0]) + ", "
                    + Numbers.format(t.fourier()[0]) + ") → (" + Numbers.format(t.weightMagnitude()[last]) + ", "
                    + Numbers.format(t.fourier()[last]) + ")");
        }
        return String.join("; ", parts);
    }
}
