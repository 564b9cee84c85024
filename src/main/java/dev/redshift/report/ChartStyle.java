package dev.redshift.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** One look for every chart Redshift draws: white, quiet grid, readable type, a colour-blind-safe palette. */
final class ChartStyle {

    /** Okabe–Ito colours, safe for the common colour-vision deficiencies. */
    static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(240, 228, 66),
        new Color(0, 0, 0)};

    private ChartStyle() {
    }

    static void apply(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        if (s instanceof AxesChartStyler axes) {
            axes.setPlotGridLinesColor(new Color(225, 225, 225));
            axes.setPlotGridLinesStroke(new BasicStroke(1f));
            axes.setAxisTitleFont(axisFont());
            axes.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            axes.setAxisTickMarksColor(new Color(150, 150, 150));
        }
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        s.setChartTitleBoxVisible(false);
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setSeriesColors(PALETTE);
        s.setAntiAlias(true);
        s.setChartPadding(12);
        s.setToolTipsEnabled(false);
    }

    /** Heat maps keep XChart's own legend layout (a vertical colour bar) and take the rest of the look. */
    static void applyToHeatMap(org.knowm.xchart.style.HeatMapStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        s.setChartTitleBoxVisible(false);
        s.setLegendBorderColor(Color.WHITE);
        s.setAxisTitleFont(axisFont());
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setAntiAlias(true);
        s.setToolTipsEnabled(false);
    }

    static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Font axisFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    }
}
