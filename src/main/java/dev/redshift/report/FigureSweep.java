package dev.redshift.report;

import dev.redshift.eval.ComplexitySampler;
import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.Grid;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.network.MlpFamily;
import dev.redshift.network.NetworkParameters;
import dev.redshift.network.RandomNetworks;
import dev.redshift.spec.Seeds;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Samples the grids of configurations the paper's figures are drawn from (Fig. 3, 4/19/20, 5/17, 6/18), with
 * every measure of DESIGN §3. Seeds derive from each cell's description, so a rerun draws the same networks.
 */
public final class FigureSweep {

    /** The activations of Fig. 4, in the paper's order. */
    public static final List<String> ACTIVATIONS = List.of("relu", "gelu", "swish", "selu", "tanh", "sigmoid",
            "gaussian", "sin");
    public static final List<Integer> DEPTHS = List.of(1, 2, 4, 8);
    public static final List<Double> WEIGHT_SCALES = List.of(1.0, 2.0, 4.0, 8.0, 16.0);
    /** Fig. 5's variants of the MLP. */
    public static final List<String> VARIANTS = List.of("plain", "layerNorm", "residual", "gating");

    private final int networksPerCell;
    private final int grid;
    private final SamplerOptions options;
    private final PrintStream progress;
    /** The label of fourier under Appendix D's reading (the DC term included) in {@link Results#measures()}. */
    public static final String FOURIER_DC = "fourier {dc: include}";
    /** The activations of the readings table (the report's "The measure's reading"), at depth 3. */
    public static final List<String> READING_ACTIVATIONS = List.of("tanh", "relu");
    /** Networks per cell of the readings table. */
    public static final int READING_NETWORKS = 40;

    /**
     * DESIGN's measures, the windowed Fourier extension and fourier under Appendix D's reading, so the report can
     * show where they part.
     */
    private final List<ComplexityMeasure> measures = java.util.stream.Stream.concat(java.util.stream.Stream.concat(
            MeasureCatalog.NAMES.stream(), MeasureCatalog.EXTENSIONS.stream())
            // the dip is a shape of the spectrum, not a complexity the heatmaps compare
            .filter(n -> !n.equals(dev.redshift.measure.FourierDip.NAME))
            .map(n -> MeasureCatalog.byName(n, MeasureOptions.DEFAULTS)), java.util.stream.Stream.of(
                    MeasureCatalog.byName("fourier", MeasureOptions.DEFAULTS.withFourierDc(
                            dev.redshift.measure.FourierDc.INCLUDE)))).toList();
    private final List<String> labels = java.util.stream.Stream.concat(measures.subList(0, measures.size() - 1)
            .stream().map(ComplexityMeasure::name), java.util.stream.Stream.of(FOURIER_DC)).toList();

    /**
     * @param networksPerCell networks per configuration
     * @param grid points per axis
     * @param options device and batching
     * @param progress where to say how far the sweep got
     */
    public FigureSweep(int networksPerCell, int grid, SamplerOptions options, PrintStream progress) {
        this.networksPerCell = networksPerCell;
        this.grid = grid;
        this.options = options;
        this.progress = progress;
    }

    /** Mean complexity per measure for one configuration, and its networks' values. */
    public record Cell(Map<String, Object> parameters, double[][] values, float[] firstFunction) {
        /** Mean of the defined values of measure {@code m}. */
        public double mean(int m) {
            return Arrays.stream(values[m]).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
        }
    }

    /**
     * Everything the figures need.
     *
     * @param readingsByScale per {@link #READING_ACTIVATIONS} and weight scale, {@link #READING_NETWORKS} MLPs of
     *     depth 3, width 64: the table of the measure's readings
     */
    public record Results(List<String> measures, Cell[][][] depthByScale, Cell[][] variantsByScale,
            int networksPerCell, int grid, Cell[][] readingsByScale) {
    }

    public Results run() {
        long start = System.nanoTime();
        int cells = ACTIVATIONS.size() * DEPTHS.size() * WEIGHT_SCALES.size() + VARIANTS.size() * WEIGHT_SCALES.size()
                + READING_ACTIVATIONS.size() * WEIGHT_SCALES.size();
        int done = 0;
        Cell[][][] heat = new Cell[ACTIVATIONS.size()][DEPTHS.size()][WEIGHT_SCALES.size()];
        for (int a = 0; a < ACTIVATIONS.size(); a++) {
            for (int d = 0; d < DEPTHS.size(); d++) {
                for (int w = 0; w < WEIGHT_SCALES.size(); w++) {
                    heat[a][d][w] = cell(Map.of("activation", ACTIVATIONS.get(a), "depth", DEPTHS.get(d),
                            "weightScale", WEIGHT_SCALES.get(w)));
                    report(++done, cells, start);
                }
            }
        }
        Cell[][] variants = new Cell[VARIANTS.size()][WEIGHT_SCALES.size()];
        for (int v = 0; v < VARIANTS.size(); v++) {
            for (int w = 0; w < WEIGHT_SCALES.size(); w++) {
                Map<String, Object> p = new java.util.LinkedHashMap<>(Map.of("activation", "tanh",
                        "weightScale", WEIGHT_SCALES.get(w)));
                if (v > 0) {
                    p.put(VARIANTS.get(v), true);
                }
                variants[v][w] = cell(p);
                report(++done, cells, start);
            }
        }
        Cell[][] readings = new Cell[READING_ACTIVATIONS.size()][WEIGHT_SCALES.size()];
        for (int a = 0; a < READING_ACTIVATIONS.size(); a++) {
            for (int w = 0; w < WEIGHT_SCALES.size(); w++) {
                readings[a][w] = cell(Map.of("activation", READING_ACTIVATIONS.get(a), "depth", 3, "width", 64,
                        "weightScale", WEIGHT_SCALES.get(w)), READING_NETWORKS);
                report(++done, cells, start);
            }
        }
        return new Results(labels, heat, variants, networksPerCell, grid, readings);
    }

    private Cell cell(Map<String, Object> parameters) {
        return cell(parameters, networksPerCell);
    }

    private Cell cell(Map<String, Object> parameters, int count) {
        MlpFamily family = new MlpFamily();
        NetworkParameters p = NetworkParameters.resolve(family, parameters, grid);
        RandomNetworks networks = family.create(p);
        long seed = Seeds.of("figures", p.toString());
        EvaluationDomain domain = new Grid(grid, 2);
        try (ComplexitySampler sampler = new ComplexitySampler(networks, domain, measures, seed, options)) {
            double[][] values = sampler.measure(0, count).values();
            return new Cell(p.asMap(), values, sampler.evaluate(0, 1));
        }
    }

    private void report(int done, int cells, long start) {
        if (done % 20 == 0 || done == cells) {
            double seconds = (System.nanoTime() - start) / 1e9;
            progress.printf(Locale.ROOT, "[redshift] figures: %d/%d configurations, %.0f networks/s, about %.0f s left%n",
                    done, cells, done * networksPerCell / seconds, seconds / done * (cells - done));
        }
    }
}
