package dev.redshift.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongConsumer;

/** Progress of a long sampling run on standard error, at most once a second: done, rate and time left. */
final class ProgressLine implements LongConsumer {

    private final PrintStream err;
    private final long total;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private boolean printed;

    ProgressLine(PrintStream err, long total) {
        this.err = err;
        this.total = total;
    }

    @Override
    public void accept(long done) {
        long now = System.nanoTime();
        if (now - lastPrint < 1_000_000_000L || done >= total) {
            return;
        }
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        double rate = done / seconds;
        err.printf(Locale.ROOT, "  %d/%d networks, %.0f networks/s, about %.0f s left%n",
                done, total, rate, (total - done) / rate);
        printed = true;
    }

    void finish() {
        if (printed) {
            err.flush();
        }
    }
}
