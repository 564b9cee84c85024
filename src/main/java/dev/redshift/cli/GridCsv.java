package dev.redshift.cli;

import dev.redshift.measure.GridValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code measure} verb's input: m lines of m comma-separated numbers, line i = Y[i][·]; a single
 * line of m numbers is a 1-D function. Errors name the file, line and column.
 */
final class GridCsv {

    private GridCsv() {
    }

    static GridValues read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        }
        List<double[]> rows = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            double[] row = parseRow(file, n + 1, line);
            if (!rows.isEmpty() && row.length != rows.get(0).length) {
                throw new UsageException(file + ":" + (n + 1) + ": ragged CSV — " + row.length
                        + " values where the first line has " + rows.get(0).length);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new UsageException(file + ": empty — expected m lines of m comma-separated numbers");
        }
        int columns = rows.get(0).length;
        if (columns < GridValues.MIN_SIZE) {
            throw new UsageException(file + ": " + columns + " points per axis — at least "
                    + GridValues.MIN_SIZE + " are needed");
        }
        if (rows.size() == 1) {
            return GridValues.ofLine(rows.get(0));
        }
        if (rows.size() != columns) {
            throw new UsageException(file + ": " + rows.size() + " lines of " + columns
                    + " values — a grid needs as many lines as values per line (or a single line for 1-D)");
        }
        return GridValues.ofRows(rows.toArray(double[][]::new));
    }

    private static double[] parseRow(Path file, int lineNumber, String line) {
        String[] cells = line.split(",", -1);
        double[] row = new double[cells.length];
        int column = 1;
        for (int k = 0; k < cells.length; k++) {
            String cell = cells[k].strip();
            try {
                row[k] = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                row[k] = Double.NaN;
            }
            if (!Double.isFinite(row[k])) {
                throw new UsageException(file + ":" + lineNumber + ":" + column + ": '" + cell
                        + "' is not a finite number");
            }
            column += cells[k].length() + 1;
        }
        return row;
    }
}
