package dev.redshift.report;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.stats.ConfigurationEvidence;
import dev.redshift.stats.Evidence;
import dev.redshift.stats.Expectation;
import dev.redshift.stats.Numbers;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The picture of a claim: mean complexity against the varied parameter with its confidence bounds, bars for
 * compared configurations, or a scatter of the two measures for {@code correlated}.
 */
public final class ClaimChart {

    private ClaimChart() {
    }

    /** A PNG of the claim's outcome. */
    public static byte[] png(ClaimOutcome outcome) {
        ClaimPlan plan = outcome.plan();
        if (plan.expectation().correlation()) {
            return ChartStyle.png(scatter(outcome));
        }
        if (plan.varied() != null && numericLevels(plan) != null) {
            return ChartStyle.png(trend(outcome, numericLevels(plan)));
        }
        return ChartStyle.png(bars(outcome));
    }

    private static String title(ClaimOutcome o) {
        String name = o.plan().name();
        return (name.length() > 70 ? name.substring(0, 67) + "…" : name) + "  [" + o.evidence().verdict() + "]";
    }

    private static double[] numericLevels(ClaimPlan plan) {
        double[] x = new double[plan.configurations().size()];
        for (int c = 0; c < x.length; c++) {
            Object v = plan.configurations().get(c).parameters().asMap().get(plan.varied());
            if (!(v instanceof Number n)) {
                return null;
            }
            x[c] = n.doubleValue();
        }
        return x;
    }

    private static XYChart trend(ClaimOutcome o, double[] x) {
        Evidence e = o.evidence();
        XYChart chart = new XYChartBuilder().width(820).height(500).title(title(o)).xAxisTitle(o.plan().varied())
                .yAxisTitle(o.plan().valueLabel()).build();
        ChartStyle.apply(chart.getStyler());
        boolean geometric = x.length > 2 && x[0] > 0 && x[x.length - 1] / x[0] >= 8;
        chart.getStyler().setXAxisLogarithmic(geometric);
        chart.getStyler().setAxisTitleFont(ChartStyle.axisFont());
        double[] mean = new double[x.length];
        double[] error = new double[x.length];
        for (int c = 0; c < x.length; c++) {
            ConfigurationEvidence ce = e.configurations().get(c);
            mean[c] = ce.summary().mean();
            error[c] = finiteHalfWidth(ce);
        }
        XYSeries band = chart.addSeries("mean with " + Numbers.format(e.confidence() * 100) + "% bounds", x, mean,
                error);
        band.setMarker(SeriesMarkers.CIRCLE);
        chart.getStyler().setErrorBarsColor(ChartStyle.PALETTE[0]);
        return chart;
    }

    private static CategoryChart bars(ClaimOutcome o) {
        Evidence e = o.evidence();
        CategoryChart chart = new CategoryChartBuilder().width(820).height(500).title(title(o))
                .yAxisTitle(o.plan().valueLabel()).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setAxisTitleFont(ChartStyle.axisFont());
        List<String> labels = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        for (ConfigurationEvidence ce : e.configurations()) {
            labels.add(ce.label().length() > 36 ? ce.label().substring(0, 35) + "…" : ce.label());
            means.add(ce.summary().mean());
            errors.add(finiteHalfWidth(ce));
        }
        chart.addSeries("mean with " + Numbers.format(e.confidence() * 100) + "% bounds", labels, means, errors);
        chart.getStyler().setErrorBarsColor(ChartStyle.PALETTE[7]);
        return chart;
    }

    private static XYChart scatter(ClaimOutcome o) {
        List<String> measures = o.plan().measureNames();
        XYChart chart = new XYChartBuilder().width(820).height(560).title(title(o)).xAxisTitle(measures.get(0))
                .yAxisTitle(measures.get(1)).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(5);
        chart.getStyler().setAxisTitleFont(ChartStyle.axisFont());
        for (int c = 0; c < o.values().size(); c++) {
            double[][] v = o.values().get(c);
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int k = 0; k < v[0].length; k++) {
                if (!Double.isNaN(v[0][k]) && !Double.isNaN(v[1][k])) {
                    xs.add(v[0][k]);
                    ys.add(v[1][k]);
                }
            }
            if (!xs.isEmpty()) {
                chart.addSeries(o.plan().configurations().get(c).label(), xs, ys);
            }
        }
        return chart;
    }

    private static double finiteHalfWidth(ConfigurationEvidence ce) {
        double h = (ce.bounds().upper() - ce.bounds().lower()) / 2;
        return Double.isFinite(h) ? h : 0;
    }
}
