package dev.redshift.cli;

import java.nio.file.Path;

/** Paths as the command line shows them: relative to the working directory when under it. */
final class SpecPaths {

    private SpecPaths() {
    }

    static String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
