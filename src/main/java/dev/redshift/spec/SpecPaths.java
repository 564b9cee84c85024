package dev.redshift.spec;

import java.nio.file.Path;

/** How spec files are named to users, in positions and unique IDs: relative to the working directory when under it. */
public final class SpecPaths {

    private SpecPaths() {
    }

    /** The path with forward slashes, relative to the working directory when it lies under it. */
    public static String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
