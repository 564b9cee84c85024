package dev.redshift.cache;

import java.nio.file.Path;

/**
 * What a sample cache holds.
 *
 * @param directory where it is
 * @param configurations sampled configurations with stored values
 * @param networks stored networks, over every configuration
 * @param bytes size on disk
 */
public record CacheInfo(Path directory, long configurations, long networks, long bytes) {

    /** "~/.cache/redshift: 312 configurations, 61,200 networks, 9.4 MiB". */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s: %,d configurations, %,d networks, %.1f MiB", directory,
                configurations, networks, bytes / 1048576.0);
    }
}
