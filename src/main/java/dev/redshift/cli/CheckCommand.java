package dev.redshift.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.redshift.engine.ClaimObserver;
import dev.redshift.engine.ClaimObservers;
import dev.redshift.engine.EngineSettings;
import dev.redshift.engine.MapConfigurationParameters;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.TorchRuntime;
import dev.redshift.report.AllureSpecError;
import dev.redshift.report.ReplicationReport;
import dev.redshift.engine.RedshiftTestEngine;
import dev.redshift.engine.SampleExecutors;
import dev.redshift.spec.SpecPaths;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * {@code check PATH... [--report DIR]}: runs spec files or folders through the redshift engine via the JUnit
 * launcher; a line per claim, then {@code N passed, N failed, N inconclusive}. Exit 0 when no claim failed,
 * 1 when one did, 2 when a spec is broken or a path is missing.
 */
final class CheckCommand {

    /**
     * The launcher's log of discovery issues: a broken spec is this command's BROKEN line already, so the log's copy
     * (with the parser's stack trace) is kept off standard error while the command runs.
     */
    private static final java.util.logging.Logger LAUNCHER_ISSUES =
            java.util.logging.Logger.getLogger("org.junit.platform.launcher.core.DiscoveryIssueNotifier");

    private final PrintStream out;
    private final PrintStream err;
    private final boolean replication;
    private final List<ClaimObserver> observers;

    CheckCommand(PrintStream out, PrintStream err) {
        this(out, err, true, List.of());
    }

    /**
     * @param replication whether {@code --report} also writes the replication report (a profile has its own)
     * @param observers what else sees every claim of the run (a profile collects its outcomes)
     */
    CheckCommand(PrintStream out, PrintStream err, boolean replication, List<ClaimObserver> observers) {
        this.out = out;
        this.err = err;
        this.replication = replication;
        this.observers = List.copyOf(observers);
    }

    int run(String[] args) {
        Arguments a = Arguments.parse("check", args, 1,
                Set.of("report", "scale", "seed", "device", "confidence", "parallelism", "figures", "cache", "junit-xml",
                        "executor", "spark-master", "time-budget"),
                Set.of("no-figures", "no-cache", "resume"));
        if (a.positionals().isEmpty()) {
            throw new UsageException("check: expected spec files or folders, e.g. check specs/");
        }
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (String p : a.positionals()) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                selectors.add(selectDirectory(path.toFile()));
            } else if (Files.isRegularFile(path)) {
                selectors.add(selectFile(path.toFile()));
            } else {
                throw new UsageException("check: " + p + ": no such file or folder");
            }
        }
        validate(a);
        if (a.has("report")) {
            OutputPaths.folder("check", "report", Path.of(a.text("report", null)), "allure-results", "allure-report",
                    "replication");
        }
        if (a.has("junit-xml")) {
            OutputPaths.file("check", "junit-xml", Path.of(a.text("junit-xml", null)));
        }
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request().selectors(selectors)
                .filters(EngineFilter.includeEngines(RedshiftTestEngine.ID));
        passThrough(a, request, "scale", EngineSettings.SAMPLES_SCALE);
        passThrough(a, request, "seed", EngineSettings.SEED);
        passThrough(a, request, "device", EngineSettings.DEVICE);
        passThrough(a, request, "confidence", EngineSettings.CONFIDENCE);
        passThrough(a, request, "parallelism", EngineSettings.PARALLELISM);
        passThrough(a, request, "executor", EngineSettings.EXECUTOR);
        passThrough(a, request, "spark-master", EngineSettings.SPARK_MASTER);
        passThrough(a, request, "time-budget", "redshift.timeBudget");
        // the budget is the command's wall time: it counts from the JVM's start, start-up and discovery included
        request.configurationParameter("redshift.timeBudgetStartedAt",
                Long.toString(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
        if (a.flag("resume")) {
            if (a.flag("no-cache")) {
                throw new UsageException("check: --resume continues from the sample cache; drop --no-cache");
            }
            request.configurationParameter("redshift.resume", "true");
        }
        if (a.flag("no-cache") && a.has("cache")) {
            throw new UsageException("check: --cache and --no-cache together — give one");
        }
        request.configurationParameter(EngineSettings.CACHE, a.flag("no-cache") ? "off"
                : a.text("cache", EngineSettings.defaultCache()));
        request.configurationParameter(EngineSettings.INCONCLUSIVE, "aborted");
        request.configurationParameter(EngineSettings.CONSOLE, "progress");
        // a spec that cannot be read is a BROKEN line here and exit 2, and the others still run
        request.configurationParameter(EngineSettings.DISCOVERY_ISSUE_SEVERITY, "warning");

        Path reportDir = a.has("report") ? Path.of(a.text("report", null)) : null;
        ReportRun reports = reportDir == null ? null : new ReportRun(reportDir, out, err);
        Lines lines = new Lines(out, reports);
        lines.timed = !a.has("time-budget");
        LauncherDiscoveryRequest discovery = request.listeners(lines).build();
        JunitXmlReport xml = a.has("junit-xml") ? new JunitXmlReport(Path.of(a.text("junit-xml", null)), err) : null;
        java.util.logging.Level launcherLevel = LAUNCHER_ISSUES.getLevel();
        LAUNCHER_ISSUES.setLevel(java.util.logging.Level.OFF);
        try (InterruptibleRun interrupt = InterruptibleRun.start(err)) {
            lines.interrupt = interrupt;
            return execute(a, args, discovery, lines, reports, xml, interrupt);
        } finally {
            LAUNCHER_ISSUES.setLevel(launcherLevel);
        }
    }

    /** Runs the claims and writes the reports; after an interruption, of the claims decided before it. */
    private int execute(Arguments a, String[] args, LauncherDiscoveryRequest discovery, Lines lines,
            ReportRun reports, JunitXmlReport xml, InterruptibleRun interrupt) {
        // the claims that ran, for the summary by finding (docs/findings.md)
        java.util.List<dev.redshift.engine.ClaimOutcome> ran = java.util.Collections.synchronizedList(
                new java.util.ArrayList<>());
        try (LauncherSession session = LauncherFactory.openSession()) {
            dev.redshift.engine.RunInterruption.attachTo(session.getStore(), interrupt.interruption());
            observers.forEach(o -> ClaimObservers.addTo(session.getStore(), o));
            ClaimObservers.addTo(session.getStore(), new dev.redshift.engine.ClaimObserver() {
                @Override
                public void claimFinished(dev.redshift.engine.ClaimDescriptor claim,
                        dev.redshift.engine.ClaimOutcome outcome) {
                    ran.add(outcome);
                    lines.ownSeconds.put(claim.getUniqueId().toString(), outcome.seconds());
                }
            });
            if (reports != null) {
                ClaimObservers.addTo(session.getStore(), reports.collector());
            }
            if (xml == null) {
                session.getLauncher().execute(discovery, lines);
            } else {
                session.getLauncher().execute(discovery, lines, xml.listener());
            }
        }
        if (xml != null) {
            xml.finish();
        }
        out.printf(Locale.ROOT, "%d passed, %d failed, %d inconclusive%s%s%n", lines.passed, lines.failed,
                lines.inconclusive, lines.broken > 0 ? ", " + lines.broken + " broken" : "",
                lines.notRun > 0 ? ", " + lines.notRun + " " + dev.redshift.engine.RunInterruption.NOT_RUN : "");
        if (!ran.isEmpty()) {
            out.println(new dev.redshift.findings.FindingSummary(dev.redshift.findings.FindingRegistry.shipped(),
                    ran.stream().map(dev.redshift.engine.ClaimOutcome::plan).toList(),
                    p -> ran.stream().filter(o -> o.plan() == p).findFirst().orElseThrow().evidence().verdict(),
                    p -> java.util.Optional.ofNullable(ran.stream().filter(o -> o.plan() == p).findFirst()
                            .orElseThrow().readings()).map(v -> v.robustness()
                                    == dev.redshift.stats.ReadingVerdicts.Robustness.DEPENDS).orElse(false))
                    .headline());
        }
        if (lines.passed + lines.failed + lines.inconclusive + lines.broken + lines.notRun == 0
                && !interrupt.interrupted()) {
            err.println("redshift: check: no claims found under " + String.join(" ", a.positionals()));
            return Main.BAD_INPUT;
        }
        if (reports != null) {
            // an interrupted run samples nothing more: no figures
            int perCell = a.flag("no-figures") || interrupt.interrupted() ? 0 : a.integer("figures", 32);
            ComputeDevice device = ComputeDevice.parse(a.text("device", "cpu"));
            Map<String, String> facts = new java.util.LinkedHashMap<>();
            facts.put("specs", String.join(" ", a.positionals()));
            facts.put("samples budget scale", a.text("scale", "1"));
            facts.put("seed override", a.text("seed", "none"));
            facts.put("engine", TorchRuntime.describe(device));
            facts.put("executor", a.text("executor", "local") + (a.has("spark-master")
                    ? " (" + a.text("spark-master", null) + ")" : ""));
            facts.put("made", ReplicationReport.now());
            if (interrupt.interrupted()) {
                facts.put("interrupted", (lines.passed + lines.failed + lines.inconclusive) + " claims decided, "
                        + lines.notRun + " " + dev.redshift.engine.RunInterruption.NOT_RUN);
            }
            reports.finish(perCell, device, facts, environment(a, device, facts.get("engine")), replication);
        }
        if (interrupt.interrupted()) {
            String cache = a.flag("no-cache") ? "off" : a.text("cache", EngineSettings.defaultCache());
            interrupt.printHowToGoOn(args, !cache.equalsIgnoreCase("off"), cache);
        }
        return interrupt.status(lines.broken > 0 ? Main.BAD_INPUT : lines.failed > 0 ? Main.CLAIM_FAILED : Main.OK);
    }

    /** Allure's Environment panel: versions, device, threads and the settings that decide the numbers. */
    private static Map<String, String> environment(Arguments a, ComputeDevice device, String engine) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("Redshift", RedshiftVersion.current());
        env.put("DJL", ai.djl.engine.Engine.getDjlVersion());
        env.put("PyTorch", ai.djl.engine.Engine.getEngine("PyTorch").getVersion());
        env.put("device", engine.replaceFirst(".* on ", "") + " (" + device.name().toLowerCase(Locale.ROOT) + ")");
        env.put("threads", a.text("parallelism", "1") + " claims at once, "
                + Runtime.getRuntime().availableProcessors() + " measuring threads");
        env.put("samples.scale", a.text("scale", "1"));
        env.put("seed override", a.text("seed", "none"));
        env.put("confidence", a.text("confidence", "claims' own, else 0.95"));
        String cache = a.flag("no-cache") ? "off" : a.text("cache", EngineSettings.defaultCache());
        env.put("sample cache", cache.equalsIgnoreCase("off") ? "off" : "on (" + cache + ")");
        env.put("java", System.getProperty("java.version") + " " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch"));
        return env;
    }

    /** Checks the settings here, so a bad value is one line and exit 2 rather than an engine failure. */
    private static void validate(Arguments a) {
        Map<String, String> given = new java.util.HashMap<>();
        for (String[] option : new String[][] {{"scale", EngineSettings.SAMPLES_SCALE}, {"seed", EngineSettings.SEED},
            {"device", EngineSettings.DEVICE}, {"confidence", EngineSettings.CONFIDENCE},
            {"parallelism", EngineSettings.PARALLELISM}, {"executor", EngineSettings.EXECUTOR}}) {
            if (a.has(option[0])) {
                given.put(option[1], a.text(option[0], null));
            }
        }
        try {
            EngineSettings.from(new MapConfigurationParameters(given));
        } catch (IllegalArgumentException e) {
            throw new UsageException("check: " + e.getMessage());
        }
        if (a.has("spark-master") && !"spark".equalsIgnoreCase(a.text("executor", "local").trim())) {
            throw new UsageException("check: --spark-master needs --executor spark");
        }
        if (a.has("executor") && !SampleExecutors.names().contains(a.text("executor", null).trim()
                .toLowerCase(Locale.ROOT))) {
            throw new UsageException("check: --executor " + a.text("executor", null).trim() + " is not on the class"
                    + " path — available: " + String.join(", ", SampleExecutors.names())
                    + "; for spark run with spark/target/redshift-spark.jar and Spark's jars (README, Beyond one"
                    + " machine)");
        }
        if (a.has("time-budget")) {
            try {
                dev.redshift.stats.TimeBudget.parse(a.text("time-budget", null));
            } catch (IllegalArgumentException e) {
                throw new UsageException("check: --time-budget: " + e.getMessage());
            }
        }
        if (a.has("figures") && a.integer("figures", 0) < 1) {
            throw new UsageException("check: --figures must be at least 1 (or use --no-figures)");
        }
    }


    private static void passThrough(Arguments a, LauncherDiscoveryRequestBuilder r, String option, String key) {
        if (a.has(option)) {
            r.configurationParameter(key, a.text(option, null));
        }
    }

    /**
     * Prints a line per claim as it finishes, and a BROKEN line per spec that cannot be read (the discovery issue the
     * engine reports for it, which the launcher's own log of it would only repeat).
     */
    private static final class Lines implements TestExecutionListener, LauncherDiscoveryListener {
        private final PrintStream out;
        private final ReportRun reports;
        private final Map<String, Map<String, String>> evidence = new ConcurrentHashMap<>();
        private final Map<String, Long> started = new ConcurrentHashMap<>();
        /** Whether a claim's wall time is its own (not under a time budget, where claims run interleaved). */
        boolean timed = true;
        /** Each claim's own seconds, by unique ID: under a time budget, the time of its looks alone. */
        final Map<String, Double> ownSeconds = new java.util.concurrent.ConcurrentHashMap<>();
        int passed;
        int failed;
        int inconclusive;
        int broken;
        int notRun;
        InterruptibleRun interrupt;

        Lines(PrintStream out, ReportRun reports) {
            this.out = out;
            this.reports = reports;
        }

        @Override
        public synchronized void issueEncountered(UniqueId engineId, DiscoveryIssue issue) {
            broken++;
            out.printf("BROKEN        %s%n              %s%n", AllureSpecError.NAME, issue.message());
            if (reports != null) {
                reports.specError(engineId, issue.source().map(CheckCommand::file).orElse(""), issue.message(),
                        issue.cause().orElse(null));
            }
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            started.put(id.getUniqueId(), System.nanoTime());
        }

        /**
         * " (about 12 s at this run's rate)" after an undecided claim's "about N more networks per configuration"
         * (under readings, the N that decides the claim, {@code ReadingVerdicts.networksToDecide}): its own time per
         * network so far (cached networks are free, so a warm cache understates it). Under a time budget that is the time of its own looks
         * (the outcome's seconds); otherwise its wall time.
         */
        private String timeToDecide(TestIdentifier id, Map<String, String> e) {
            Long t0 = started.get(id.getUniqueId());
            Double own = ownSeconds.get(id.getUniqueId());
            String toDecide = e.get("redshift.networksToDecide");
            long most = toDecide == null ? 0 : Long.parseLong(toDecide);
            if ((timed ? t0 == null : own == null) || most == 0) {
                return "";
            }
            double seconds = timed ? (System.nanoTime() - t0) / 1e9 : own;
            double networks = Double.parseDouble(e.get("redshift.networks"));
            double needed = seconds / networks * most;
            String time = needed < 90 ? dev.redshift.stats.Numbers.format(Math.max(0.1, needed)) + " s"
                    : needed < 5400 ? Math.round(needed / 60) + " min"
                    : dev.redshift.stats.Numbers.format(needed / 3600) + " h";
            return " (about " + time + " at this run's rate)";
        }

        @Override
        public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
            evidence.put(id.getUniqueId(), entry.getKeyValuePairs());
        }

        @Override
        public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (!id.isTest()) {
                return;
            }
            Map<String, String> e = evidence.get(id.getUniqueId());
            String where = id.getSource().map(CheckCommand::where).orElse("");
            if (e == null && interrupt != null && interrupt.interrupted()
                    && result.getStatus() == TestExecutionResult.Status.ABORTED) {
                notRun(id, where);
                out.printf("NOT RUN       %s  [%s]%n              interrupted while sampling%n", id.getDisplayName(),
                        where);
                return;
            }
            if (e == null) {
                broken++;
                out.printf("BROKEN        %s%n              %s%n", id.getDisplayName(),
                        result.getThrowable().map(Throwable::getMessage).orElse(String.valueOf(result.getStatus())));
                return;
            }
            String verdict = e.get("redshift.verdict");
            switch (verdict) {
                case "PASS" -> passed++;
                case "FAIL" -> failed++;
                default -> inconclusive++;
            }
            out.printf(Locale.ROOT, "%-13s %s  [%s]%n              estimate %s, %s%% bounds %s to %s, %s networks per"
                            + " configuration%n              %s%n",
                    verdict, id.getDisplayName(), where, e.get("redshift.estimate"),
                    percent(e.get("redshift.confidence")), e.get("redshift.lower"), e.get("redshift.upper"),
                    e.get("redshift.networks"), e.get("redshift.evidence") + timeToDecide(id, e));
            if (e.containsKey("redshift.readings")) {
                // a claim decided under several readings of its measure: one line each, then what they say together
                for (int r = 1; e.containsKey("redshift.reading." + r); r++) {
                    out.printf("              reading %s%n", e.get("redshift.reading." + r));
                }
                out.printf("              combined: %s → %s%n", e.get("redshift.readings"), verdict);
            }
        }

        @Override
        public synchronized void executionSkipped(TestIdentifier id, String reason) {
            if (id.isTest() && dev.redshift.engine.RunInterruption.NOT_RUN.equals(reason)) {
                notRun(id, id.getSource().map(CheckCommand::where).orElse(""));
            }
        }

        /** A claim the interruption kept from its verdict: counted, and in the replication report. */
        private void notRun(TestIdentifier id, String where) {
            notRun++;
            if (reports != null) {
                reports.notRun(id.getDisplayName(), where);
            }
        }

        private static String percent(String confidence) {
            return dev.redshift.stats.Numbers.format(Double.parseDouble(confidence) * 100);
        }
    }

    /** The spec file (or classpath resource) a source is in. */
    private static String file(org.junit.platform.engine.TestSource source) {
        if (source instanceof org.junit.platform.engine.support.descriptor.FileSource f) {
            return SpecPaths.display(f.getFile().toPath());
        }
        if (source instanceof org.junit.platform.engine.support.descriptor.ClasspathResourceSource r) {
            return "classpath:" + r.getClasspathResourceName();
        }
        return source.toString();
    }

    private static String where(org.junit.platform.engine.TestSource source) {
        if (source instanceof org.junit.platform.engine.support.descriptor.FileSource f) {
            return SpecPaths.display(f.getFile().toPath()) + f.getPosition().map(p -> ":" + p.getLine()).orElse("");
        }
        return source.toString();
    }
}
