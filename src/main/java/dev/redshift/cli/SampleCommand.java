package dev.redshift.cli;

import dev.redshift.eval.ComplexitySampler;
import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.Grid;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.NetworkFamily;
import dev.redshift.network.NetworkParameters;
import dev.redshift.network.RandomNetworks;
import dev.redshift.report.FunctionImages;
import dev.redshift.stats.Summary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code sample}: N random networks, their complexity as CSV and their functions as a PNG. */
final class SampleCommand {

    /** Command-line options that set a family parameter, and the parameter they set. */
    static final Map<String, String> PARAMETER_OPTIONS = Map.ofEntries(
            Map.entry("activation", "activation"), Map.entry("depth", "depth"), Map.entry("width", "width"),
            Map.entry("weight-scale", "weightScale"), Map.entry("bias-scale", "biasScale"),
            Map.entry("prefactor", "prefactor"), Map.entry("inputs", "inputs"),
            Map.entry("frequencies", "frequencies"), Map.entry("file", "file"), Map.entry("init", "init"),
            Map.entry("weight-distribution", "weightDistribution"));
    static final Map<String, String> PARAMETER_FLAGS = Map.of(
            "layer-norm", "layerNorm", "residual", "residual", "gating", "gating");
    private static final List<String> DEFAULT_MEASURES = List.of("fourier", "chebyshev", "legendre", "lz");
    private static final int IMAGES = 16;
    /** What a CSV cell holds for a network whose outputs were not finite (an undefined measure is NaN). */
    private static final String NON_FINITE = dev.redshift.report.ClaimCsv.NON_FINITE;

    private final PrintStream out;
    private final PrintStream err;

    SampleCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Set<String> valued = new java.util.HashSet<>(PARAMETER_OPTIONS.keySet());
        valued.addAll(Set.of("network", "count", "seed", "grid", "batch", "device", "measures", "csv", "png"));
        valued.addAll(MeasureFlags.NAMES);
        Arguments a = Arguments.parse("sample", args, 1, valued, PARAMETER_FLAGS.keySet());
        if (!a.positionals().isEmpty()) {
            throw new UsageException("sample: unexpected argument '" + a.positionals().get(0) + "'");
        }
        int count = a.networkCount("count", 1000);
        long seed = a.longValue("seed", 0);
        int gridSize = a.integer("grid", 64);
        NetworkFamily family = NetworkFamilies.byId(a.text("network", "mlp"));
        Map<String, Object> raw = familyParameters(a);
        NetworkParameters parameters = NetworkParameters.resolve(family, raw, gridSize);
        RandomNetworks networks = family.create(parameters);
        EvaluationDomain domain;
        try {
            domain = EvaluationDomain.forInputs(networks.inputs(), gridSize, seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException("sample: --grid: " + e.getMessage());
        }
        List<ComplexityMeasure> measures = measures(a.text("measures", String.join(",", DEFAULT_MEASURES)),
                MeasureFlags.options(a), domain);
        if (a.has("png") && !(domain instanceof Grid grid && grid.dims() == 2)) {
            throw new UsageException("sample: --png draws 2-D grids; these networks have " + networks.inputs()
                    + " inputs");
        }
        for (String output : new String[] {"csv", "png"}) {
            if (a.has(output)) {
                OutputPaths.file("sample", output, Path.of(a.text(output, null)));
            }
        }
        SamplerOptions options = SamplerOptions.defaults()
                .withDevice(ComputeDevice.parse(a.text("device", "cpu")))
                .withBatchSize(a.integer("batch", 0));

        long startUp = System.nanoTime();
        long start;
        MeasuredNetworks measured;
        float[] functions = null;
        try (ComplexitySampler sampler = sampler(networks, domain, measures, seed, options)) {
            // The rate counts sampling only, as the peer's does; starting the engine is reported beside it.
            start = System.nanoTime();
            ProgressLine progress = new ProgressLine(err, count);
            measured = sampler.measure(0, count, progress);
            progress.finish();
            if (a.has("png")) {
                functions = sampler.evaluate(0, Math.min(IMAGES, count));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        if (a.has("csv")) {
            writeCsv(Path.of(a.text("csv", null)), measured);
        }
        if (functions != null) {
            int shown = Math.min(IMAGES, count);
            FunctionImages.writePng(FunctionImages.tiles(functions, gridSize, shown, Math.min(shown, 8), 3),
                    Path.of(a.text("png", null)));
        }
        out.printf(Locale.ROOT, "sampled %d networks of %s, seed %d, %d-point grid: %.2f s, %.1f networks/s"
                + " (after %.2f s starting the engine)%n", count, parameters, seed, gridSize, seconds,
                count / seconds, (start - startUp) / 1e9);
        int nonFinite = measured.nonFiniteCount();
        String overflow = nonFinite + " of " + count + " networks gave non-finite outputs (float32 overflow or NaN)";
        if (nonFinite > 0) {
            out.println("  " + overflow + " — excluded from the means below"
                    + (a.has("csv") ? "; the CSV marks them " + NON_FINITE : ""));
        }
        printSummaries(out, measured);
        if (nonFinite == count) {
            err.println("redshift: sample: " + overflow + " — nothing to measure; try a smaller --weight-scale,"
                    + " --bias-scale or --prefactor");
            return Main.BAD_INPUT;
        }
        return Main.OK;
    }

    /** The family parameters the options set. */
    static Map<String, Object> familyParameters(Arguments a) {
        Map<String, Object> raw = new LinkedHashMap<>();
        PARAMETER_OPTIONS.forEach((option, parameter) -> {
            if (a.has(option)) {
                raw.put(parameter, a.text(option, null));
            }
        });
        PARAMETER_FLAGS.forEach((flag, parameter) -> {
            if (a.flag(flag)) {
                raw.put(parameter, true);
            }
        });
        return raw;
    }

    /**
     * One line per measure: mean and sd of its defined values, and why the others are undefined (networks with
     * non-finite outputs are left out and not counted as undefined).
     */
    static void printSummaries(PrintStream out, MeasuredNetworks measured) {
        int nonFinite = measured.nonFiniteCount();
        int width = Math.max(10, measured.measures().stream().mapToInt(String::length).max().orElse(0));
        for (int m = 0; m < measured.measures().size(); m++) {
            double[] v = measured.values()[m];
            double[] defined = Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
            Summary summary = Summary.of(defined);
            String name = measured.measures().get(m);
            int undefined = v.length - defined.length - nonFinite;
            String stats = defined.length == 0 ? String.format(Locale.ROOT, "mean %10s  sd %9s", "n/a", "n/a")
                    : String.format(Locale.ROOT, "mean %10.4f  sd %9.4f", summary.mean(), summary.sd());
            out.printf(Locale.ROOT, "  %-" + width + "s %s%s%n", name, stats, undefined > 0 ? "  (" + undefined + " undefined: "
                    + measured.undefinedReasons().get(name) + ")" : "");
        }
    }

    /** The sampler, or one line (exit 2) when these networks do not fit the sampler's memory limit. */
    private static ComplexitySampler sampler(RandomNetworks networks, EvaluationDomain domain,
            List<ComplexityMeasure> measures, long seed, SamplerOptions options) {
        try {
            return new ComplexitySampler(networks, domain, measures, seed, options);
        } catch (IllegalArgumentException e) {
            throw new UsageException("sample: " + e.getMessage());
        }
    }

    private static List<ComplexityMeasure> measures(String list, MeasureOptions options, EvaluationDomain domain) {
        List<ComplexityMeasure> measures = Arrays.stream(list.split(","))
                .map(String::trim).map(n -> MeasureCatalog.byName(n, options)).toList();
        boolean grid = domain instanceof Grid;
        for (ComplexityMeasure m : measures) {
            if (!grid && !m.name().startsWith("lz")) {
                throw new UsageException("sample: " + m.name() + " needs a 1-D or 2-D grid; with more than 2 inputs"
                        + " networks are read along a random traversal — use --measures lz,lz76");
            }
        }
        return measures;
    }

    static void writeCsv(Path file, MeasuredNetworks measured) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("index," + String.join(",", measured.measures()));
                w.newLine();
                for (int k = 0; k < measured.count(); k++) {
                    StringBuilder row = new StringBuilder().append(measured.first() + k);
                    for (double[] column : measured.values()) {
                        row.append(',').append(measured.nonFinite()[k] ? NON_FINITE
                                : Double.isNaN(column[k]) ? "NaN" : Json.number(column[k]));
                    }
                    w.write(row.toString());
                    w.newLine();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
