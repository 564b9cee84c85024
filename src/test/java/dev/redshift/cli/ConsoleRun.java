package dev.redshift.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in process and keeps what it printed, for tests of the verbs. */
final class ConsoleRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@code Main} with these arguments, appending to what earlier runs printed; returns the exit status. */
    int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Forgets what earlier runs printed. */
    void reset() {
        out.reset();
        err.reset();
    }

    /** Everything printed on standard output so far. */
    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Everything printed on standard error so far. */
    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
