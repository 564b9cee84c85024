package dev.redshift.cli;

import dev.redshift.cache.SampleStore;
import dev.redshift.engine.EngineSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code cache info|clear [--cache DIR]}: what the sample cache holds (configurations, networks, size on disk), or
 * empties it.
 */
final class CacheCommand {

    private final PrintStream out;

    CacheCommand(PrintStream out) {
        this.out = out;
    }

    int run(String[] args) {
        Arguments a = Arguments.parse("cache", args, 1, Set.of("cache"), Set.of());
        if (a.positionals().size() != 1 || !Set.of("info", "clear").contains(a.positionals().get(0))) {
            throw new UsageException("cache: expected info or clear, e.g. cache info");
        }
        String where = a.text("cache", EngineSettings.defaultCache());
        if (where.equalsIgnoreCase("off")) {
            throw new UsageException("cache: the sample cache is off (" + EngineSettings.CACHE + "=off); name one with"
                    + " --cache DIR");
        }
        Path dir = Path.of(where);
        try (SampleStore store = SampleStore.open(dir)) {
            if (a.positionals().get(0).equals("clear")) {
                long networks = store.info().networks();
                store.clear();
                out.printf("cleared %,d networks from %s%n", networks, dir);
            } else {
                out.println(store.info());
            }
        }
        return Main.OK;
    }
}
