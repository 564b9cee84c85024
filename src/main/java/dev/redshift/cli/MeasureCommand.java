package dev.redshift.cli;

import dev.redshift.measure.Complexity;
import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.measure.GridValues;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code measure FILE.csv}: every measure of one function, as one JSON object. */
final class MeasureCommand {

    private final PrintStream out;

    MeasureCommand(PrintStream out) {
        this.out = out;
    }

    int run(String[] args) {
        Arguments a = Arguments.parse("measure", args, 1, MeasureFlags.NAMES, Set.of());
        if (a.positionals().size() != 1) {
            throw new UsageException("measure: expected exactly one FILE.csv, got " + a.positionals().size());
        }
        MeasureOptions options = MeasureFlags.options(a);
        GridValues grid = GridCsv.read(Path.of(a.positionals().get(0)));
        Map<String, Complexity> results = new LinkedHashMap<>();
        for (ComplexityMeasure measure : MeasureCatalog.all(options)) {
            results.put(measure.name(), measure.measure(grid));
        }
        out.println(Json.complexities(results));
        return Main.OK;
    }
}
