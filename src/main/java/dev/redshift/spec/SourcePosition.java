package dev.redshift.spec;

/**
 * Where something stands in a spec file; line and column count from 1.
 *
 * @param file the file as shown to users (a path relative to the working directory, or classpath:…)
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourcePosition(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
