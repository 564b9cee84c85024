package dev.redshift.report;

import dev.redshift.stats.Numbers;
import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Fig. 9 re-made from a {@link ColoredDigitsSweep}: LZ at initialisation (top), digit and color accuracy (bottom). */
final class ColoredDigitsFigures {

    private ColoredDigitsFigures() {
    }

    /** The two charts, top then bottom; their file names. */
    static List<String> charts(ColoredDigitsSweep.Results r, Path dir, String prefix) {
        double[] x = r.scale().prefactors().stream().mapToDouble(Double::doubleValue).toArray();
        XYChart top = chart("LZ complexity at initialisation (random traversal of the 812 inputs)",
                "LZ at initialisation");
        XYChart bottom = chart("Accuracy after training on colored digits (CI scale)",
                "accuracy (1 − mean |error|)");
        for (int a = 0; a < r.scale().activations().size(); a++) {
            String activation = r.scale().activations().get(a);
            Color colour = ChartStyle.PALETTE[a % ChartStyle.PALETTE.length];
            line(top, activation, x, means(r.initLz()[a]), colour, SeriesMarkers.CIRCLE, false);
            line(bottom, activation + " digit", x, means(r.digit()[a]), colour, SeriesMarkers.CIRCLE, false);
            line(bottom, activation + " color", x, means(r.color()[a]), colour, SeriesMarkers.SQUARE, true);
        }
        String topFile = prefix + "-lz-at-init.png";
        String bottomFile = prefix + "-accuracy.png";
        ReportFiles.write(dir.resolve(topFile), ChartStyle.png(top));
        ReportFiles.write(dir.resolve(bottomFile), ChartStyle.png(bottom));
        return List.of(topFile, bottomFile);
    }

    /** Per activation, mean LZ at init, digit and color accuracy at each prefactor, for the caption. */
    static String numbers(ColoredDigitsSweep.Results r) {
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < r.scale().activations().size(); a++) {
            parts.add(r.scale().activations().get(a) + ": LZ " + joined(means(r.initLz()[a])) + "; digit "
                    + joined(means(r.digit()[a])) + "; color " + joined(means(r.color()[a])));
        }
        return "at prefactor " + joined(r.scale().prefactors().stream().mapToDouble(Double::doubleValue).toArray())
                + " — " + String.join(" | ", parts);
    }

    private static XYChart chart(String title, String yAxis) {
        XYChart chart = new XYChartBuilder().width(780).height(420).title(title).xAxisTitle("prefactor")
                .yAxisTitle(yAxis).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(true);
        return chart;
    }

    private static void line(XYChart chart, String name, double[] x, double[] y, Color colour,
            org.knowm.xchart.style.markers.Marker marker, boolean dashed) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(marker);
        s.setLineColor(colour);
        s.setMarkerColor(colour);
        if (dashed) {
            s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f},
                    0f));
        }
    }

    /** The mean of each point's finite values (a diverged run is NaN and left out). */
    static double[] means(double[][] values) {
        return Arrays.stream(values).mapToDouble(v -> Arrays.stream(v).filter(Double::isFinite).average()
                .orElse(Double.NaN)).toArray();
    }

    private static String joined(double[] values) {
        return String.join(" → ", Arrays.stream(values).mapToObj(Numbers::format).toList());
    }
}
