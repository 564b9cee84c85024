package dev.redshift.engine;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A run on the console: each claim's verdict as it finishes, and every few seconds the claims done of total,
 * networks per second and time left.
 */
final class ConsoleProgress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final EngineSettings.Console mode;
    private final int total;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong networks = new AtomicLong();
    private final AtomicLong lastPrint = new AtomicLong(start);

    ConsoleProgress(PrintStream out, EngineSettings.Console mode, int total) {
        this.out = out;
        this.mode = mode;
        this.total = total;
    }

    /** One line per finished claim: verdict, name and evidence sentence. */
    void verdict(String verdict, String claim, String sentence) {
        if (mode != EngineSettings.Console.VERDICTS) {
            return;
        }
        out.printf(Locale.ROOT, "[redshift] %-12s %s — %s%n", verdict, claim, sentence);
    }

    void claimFinished(long networksDrawn) {
        int d = done.incrementAndGet();
        long n = networks.addAndGet(networksDrawn);
        long now = System.nanoTime();
        long last = lastPrint.get();
        if (mode == EngineSettings.Console.QUIET || (now - last < EVERY_NANOS && d < total)
                || !lastPrint.compareAndSet(last, now)) {
            return;
        }
        double seconds = (now - start) / 1e9;
        double left = d == 0 ? 0 : seconds / d * (total - d);
        out.printf(Locale.ROOT, "[redshift] %d/%d claims, %,d networks, %.0f networks/s, about %s left%n", d, total,
                n, n / Math.max(seconds, 1e-9), duration(left));
    }

    private static String duration(double seconds) {
        return seconds < 90 ? String.format(Locale.ROOT, "%.0f s", seconds)
                : String.format(Locale.ROOT, "%.0f min", seconds / 60);
    }
}
