package dev.redshift.report;

import dev.redshift.eval.ComplexitySampler;
import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.Grid;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.NetworkFamily;
import dev.redshift.network.NetworkParameters;
import dev.redshift.network.Parameter;
import dev.redshift.network.RandomNetworks;
import dev.redshift.spec.Seeds;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fig. 4 for one architecture: mean complexity under every measure over weight scale × depth, for the profiled
 * family and for ReLU and tanh MLPs of its width (and depth, where it has none to vary). A family without a
 * depth parameter gives one row, without a weight scale one column. Seeds derive from each cell's parameters,
 * so a rerun draws the same networks.
 */
public final class ProfileHeatMap {

    /** One heat map's networks: a label, the depths (rows) and weight scales (columns) it covers, its cells. */
    public record Panel(String label, List<Integer> depths, List<Double> weightScales, FigureSweep.Cell[][] cells) {
    }

    /** The panels (profiled family first, then the ReLU and tanh MLPs) and the measures, in cell order. */
    public record Results(List<String> measures, List<Panel> panels, int networksPerCell, int grid) {
    }

    private final int networksPerCell;
    private final int grid;
    private final SamplerOptions options;
    private final PrintStream progress;

    public ProfileHeatMap(int networksPerCell, int grid, SamplerOptions options, PrintStream progress) {
        this.networksPerCell = networksPerCell;
        this.grid = grid;
        this.options = options;
        this.progress = progress;
    }

    /**
     * Samples the three panels.
     *
     * @param label how the profiled family reads
     * @param family the family profiled
     * @param with its base parameters
     */
    public Results run(String label, NetworkFamily family, Map<String, Object> with) {
        Map<String, Object> reference = new LinkedHashMap<>();
        List<String> names = names(family);
        reference.put("width", names.contains("width") && with.containsKey("width") ? with.get("width") : 64);
        if (!names.contains("depth")) {
            reference.put("depth", 3);
        }
        if (with.containsKey("inputs")) {
            reference.put("inputs", with.get("inputs"));
        }
        NetworkFamily mlp = NetworkFamilies.byId("mlp");
        Map<String, Object> relu = new LinkedHashMap<>(reference);
        relu.put("activation", "relu");
        Map<String, Object> tanh = new LinkedHashMap<>(reference);
        tanh.put("activation", "tanh");
        long start = System.nanoTime();
        List<Panel> panels = new ArrayList<>();
        for (Object[] p : new Object[][] {{label, family, with}, {"relu MLP", mlp, relu}, {"tanh MLP", mlp, tanh}}) {
            @SuppressWarnings("unchecked")
            Panel panel = panel((String) p[0], (NetworkFamily) p[1], (Map<String, Object>) p[2]);
            panels.add(panel);
        }
        progress.printf(Locale.ROOT, "[redshift] profile heat maps: %d panels, %d networks per cell, %.0f s%n",
                panels.size(), networksPerCell, (System.nanoTime() - start) / 1e9);
        return new Results(measureNames(panels.get(0)), panels, networksPerCell, grid);
    }

    private List<String> measureNames(Panel panel) {
        return measuresFor(panel.cells()[0][0].firstFunction().length == grid * grid).stream()
                .map(ComplexityMeasure::name).toList();
    }

    private Panel panel(String label, NetworkFamily family, Map<String, Object> base) {
        List<String> names = names(family);
        List<Integer> depths = names.contains("depth") ? FigureSweep.DEPTHS : List.of();
        List<Double> scales = names.contains("weightScale") ? FigureSweep.WEIGHT_SCALES : List.of();
        int rows = Math.max(1, depths.size());
        int cols = Math.max(1, scales.size());
        FigureSweep.Cell[][] cells = new FigureSweep.Cell[rows][cols];
        for (int d = 0; d < rows; d++) {
            for (int w = 0; w < cols; w++) {
                Map<String, Object> p = new LinkedHashMap<>(base);
                if (!depths.isEmpty()) {
                    p.put("depth", depths.get(d));
                }
                if (!scales.isEmpty()) {
                    p.put("weightScale", scales.get(w));
                }
                cells[d][w] = cell(family, p);
            }
        }
        return new Panel(label, depths, scales, cells);
    }

    private FigureSweep.Cell cell(NetworkFamily family, Map<String, Object> parameters) {
        NetworkParameters p = NetworkParameters.resolve(family, parameters, grid);
        RandomNetworks networks = family.create(p);
        long seed = Seeds.of("profile", p.toString());
        EvaluationDomain domain = EvaluationDomain.of(networks, grid, seed);
        boolean plane = domain instanceof Grid g && g.dims() == 2;
        try (ComplexitySampler sampler = new ComplexitySampler(networks, domain, measuresFor(plane), seed, options)) {
            double[][] values = sampler.measure(0, networksPerCell).values();
            return new FigureSweep.Cell(p.asMap(), values, plane ? sampler.evaluate(0, 1) : new float[0]);
        }
    }

    /** Every measure of DESIGN §3 on the 2-D grid; the LZ measures along a traversal otherwise. */
    private static List<ComplexityMeasure> measuresFor(boolean plane) {
        return MeasureCatalog.NAMES.stream().filter(n -> plane || n.startsWith("lz"))
                .map(n -> MeasureCatalog.byName(n, MeasureOptions.DEFAULTS)).toList();
    }

    private static List<String> names(NetworkFamily family) {
        return family.parameters().stream().map(Parameter::name).toList();
    }

    /** Mean of measure {@code m} per cell, rows = depths. */
    static double[][] means(Panel panel, int m) {
        return Arrays.stream(panel.cells()).map(row -> Arrays.stream(row).mapToDouble(c -> c.mean(m)).toArray())
                .toArray(double[][]::new);
    }
}
