package dev.redshift.cli;

import dev.redshift.engine.RunInterruption;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What Ctrl-C (SIGINT) and {@code kill -TERM} do to a {@code check}, as pytest does on KeyboardInterrupt: the
 * first asks the run to stop ({@link RunInterruption}: no claim starts, claims in progress stop before their next
 * draw) so that the command writes its reports with the claims decided so far and exits 130 or 143, as shells
 * expect; a second ends the process at once. What was sampled is in the sample cache either way.
 *
 * <p>Only a process of its own ({@link Main#main}) takes over the signals: a {@code check} run inside another
 * program (a test, an IDE) leaves them to it. Where the JVM will not hand the signals over ({@code -Xrs}, a
 * platform without them) a shutdown hook asks the run to stop instead and waits for the reports, for at most
 * {@link #GRACE_SECONDS}; with signals, a report that takes longer than that ends the process as well.
 */
final class InterruptibleRun implements AutoCloseable {

    /** The exit status after SIGINT (128 + 2). */
    static final int SIGINT_STATUS = 130;
    /** The exit status after SIGTERM (128 + 15). */
    static final int SIGTERM_STATUS = 143;
    /** How long the reports may take after an interruption before the process ends without them. */
    static final long GRACE_SECONDS = 60;

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");
    private static volatile boolean signals;

    private final RunInterruption interruption = new RunInterruption();
    private final PrintStream err;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Map<String, sun.misc.SignalHandler> previous = new LinkedHashMap<>();
    private Thread hook;
    private volatile int status;

    private InterruptibleRun(PrintStream err) {
        this.err = err;
    }

    /** Lets {@code check} take over SIGINT and SIGTERM in this process; called by {@link Main#main} only. */
    static void takeSignals() {
        signals = true;
    }

    /** Starts watching for the signals (when this process takes them over) until {@link #close}. */
    static InterruptibleRun start(PrintStream err) {
        InterruptibleRun run = new InterruptibleRun(err);
        if (signals) {
            run.install();
        }
        return run;
    }

    /** What the engine obeys: attach it to the launcher session. */
    RunInterruption interruption() {
        return interruption;
    }

    /** Whether the run was interrupted. */
    boolean interrupted() {
        return interruption.requested();
    }

    /** The exit status the interruption asks for (130 or 143), or {@code fallback} when there was none. */
    int status(int fallback) {
        return interrupted() ? (status == 0 ? SIGINT_STATUS : status) : fallback;
    }

    /**
     * The first interruption stops the run; a second ends the process at once.
     *
     * @param signal the signal's name, INT or TERM
     */
    void interrupt(String signal, int exitStatus) {
        if (!interruption.request()) {
            err.println("redshift: interrupted again: ending now (the sample cache keeps what was sampled)");
            err.flush();
            Runtime.getRuntime().halt(status);
            return;
        }
        status = exitStatus;
        err.println();
        err.println("redshift: interrupted (SIG" + signal + "): no new networks are drawn; writing the reports of"
                + " the claims decided so far (" + (signal.equals("INT") ? "Ctrl-C" : "SIG" + signal)
                + " again ends at once)");
        err.flush();
        Thread watchdog = new Thread(() -> {
            try {
                if (!finished.await(GRACE_SECONDS, TimeUnit.SECONDS)) {
                    err.println("redshift: the reports were not written within " + GRACE_SECONDS + " s of the"
                            + " interruption; ending without them");
                    err.flush();
                    Runtime.getRuntime().halt(exitStatus);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "redshift-interrupt-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Says how to go on after an interruption: the same command with {@code --resume}. */
    void printHowToGoOn(String[] args, boolean cacheOn, String cache) {
        List<String> again = new ArrayList<>(Arrays.asList(args));
        if (!again.contains("--resume")) {
            again.add("--resume");
        }
        String command = program() + " " + again.stream().map(InterruptibleRun::quote)
                .collect(Collectors.joining(" "));
        err.println(cacheOn
                ? "redshift: the sample cache (" + cache + ") keeps every network sampled so far; to go on: " + command
                : "redshift: the sample cache was off (--no-cache): nothing sampled was kept; run the command again,"
                        + " without --no-cache to keep what it samples");
    }

    /** Gives the signals back to the JVM and tells a waiting shutdown hook the reports are written. */
    @Override
    public void close() {
        finished.countDown();
        previous.forEach((name, handler) -> {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), handler);
            } catch (IllegalArgumentException e) {
                // it was never ours
            }
        });
        previous.clear();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running and has just been released
            }
        }
    }

    private void install() {
        try {
            previous.put("INT", sun.misc.Signal.handle(new sun.misc.Signal("INT"),
                    s -> interrupt("INT", SIGINT_STATUS)));
            previous.put("TERM", sun.misc.Signal.handle(new sun.misc.Signal("TERM"),
                    s -> interrupt("TERM", SIGTERM_STATUS)));
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            close();
            // the JVM keeps the signals: on them it runs its shutdown hooks, so one stops the run and waits
            hook = new Thread(() -> {
                interrupt("TERM", SIGTERM_STATUS);
                try {
                    finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }, "redshift-interrupt-hook");
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    /** How this program was started: {@code java -jar JAR} when from a jar, else with its class path. */
    private static String program() {
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (code.toString().endsWith(".jar")) {
                return "java -jar " + quote(dev.redshift.spec.SpecPaths.display(code));
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // fall through to the class path
        }
        return "java -cp " + quote(System.getProperty("java.class.path")) + " " + Main.class.getName();
    }

    private static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
