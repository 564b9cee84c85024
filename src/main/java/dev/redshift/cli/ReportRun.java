package dev.redshift.cli;

import dev.redshift.engine.ClaimDescriptor;
import dev.redshift.engine.ClaimObserver;
import dev.redshift.engine.ClaimOutcome;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.network.ComputeDevice;
import dev.redshift.report.AllureCommandLine;
import dev.redshift.report.AllureHistory;
import dev.redshift.report.AllureSpecError;
import dev.redshift.report.AllureRunInfo;
import dev.redshift.report.FigureSweep;
import dev.redshift.report.ReplicationReport;
import dev.redshift.report.TrainedFigureSweep;
import dev.redshift.report.VolumeFigureSweep;
import dev.redshift.spec.SpecPaths;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * What {@code check --report DIR} writes: Allure results (by the Allure JUnit Platform listener, into
 * DIR/allure-results), the replication report (DIR/replication) and the Allure HTML report
 * (DIR/allure-report/index.html), made offline by the Allure command line.
 */
final class ReportRun {

    private final Path dir;
    private final PrintStream out;
    private final PrintStream err;
    private final List<ClaimOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final Map<dev.redshift.spec.ClaimPlan, String> allureResults =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final List<ReplicationReport.Broken> broken = Collections.synchronizedList(new ArrayList<>());

    ReportRun(Path dir, PrintStream out, PrintStream err) {
        this.dir = dir;
        this.out = out;
        this.err = err;
        Path results = dir.resolve("allure-results");
        clean(results);
        // Read by Allure when its lifecycle starts, which is when the first claim runs.
        System.setProperty("allure.results.directory", results.toAbsolutePath().toString());
        // and a lifecycle of its own: one made earlier in this JVM (a check before, a test run) writes elsewhere
        io.qameta.allure.Allure.setLifecycle(new io.qameta.allure.AllureLifecycle(
                new io.qameta.allure.FileSystemResultsWriter(results.toAbsolutePath())));
    }

    /** The observer that collects every claim's outcome for the replication report. */
    ClaimObserver collector() {
        return new ClaimObserver() {
            @Override
            public void claimFinished(ClaimDescriptor claim, ClaimOutcome outcome) {
                outcomes.add(outcome);
                // on the claim's thread Allure knows its result file: <uuid>-result.json, linked from the report
                io.qameta.allure.Allure.getLifecycle().getCurrentTestCase()
                        .ifPresent(uuid -> allureResults.put(outcome.plan(), uuid));
            }

            @Override
            public void claimBroken(ClaimDescriptor claim, Throwable problem) {
                String where = claim.getSource().filter(FileSource.class::isInstance).map(FileSource.class::cast)
                        .map(f -> SpecPaths.display(f.getFile().toPath())).orElse("");
                broken(claim.getDisplayName(), where, String.valueOf(problem.getMessage()));
            }
        };
    }

    /** A claim the run's interruption kept from its verdict, listed as such in the replication report. */
    void notRun(String name, String where) {
        broken(name, where, dev.redshift.engine.RunInterruption.NOT_RUN);
    }

    private void broken(String name, String where, String problem) {
        broken.add(new ReplicationReport.Broken(name, where, problem));
    }

    /**
     * A spec that could not be read (the engine's discovery issue): in the replication report's list of what could
     * not run and in the Allure report, as a spec error was before it became a discovery issue.
     */
    void specError(UniqueId engineId, String where, String problem, Throwable cause) {
        broken(AllureSpecError.NAME, where, problem);
        AllureSpecError.write(engineId.append("spec", where).append("claim", AllureSpecError.NAME).toString(), problem,
                cause);
    }

    /**
     * Writes the replication report (when asked) and the Allure report; {@code environment} is Allure's Environment panel. The
     * previous Allure report's history is carried over, and every claim whose verdict changed since is printed
     * and tagged.
     */
    void finish(int networksPerCell, ComputeDevice device, Map<String, String> run, Map<String, String> environment,
            boolean replicationReport) {
        FigureSweep.Results figures = networksPerCell > 0
                ? new FigureSweep(networksPerCell, 64, SamplerOptions.defaults().withDevice(device), err).run()
                : null;
        // the trained figures come with the untrained ones: --no-figures leaves both out
        TrainedFigureSweep.Results trained = networksPerCell > 0
                ? new TrainedFigureSweep(TrainedFigureSweep.Scale.CI, device, err).run()
                : null;
        if (replicationReport) {
            Path replication = dir.resolve("replication");
            VolumeFigureSweep.Results volumes = networksPerCell > 0
                    ? new VolumeFigureSweep(VolumeFigureSweep.Scale.CI, 2, device, err).run() : null;
            new ReplicationReport(outcomes, broken, figures, trained, run).withLocalVolumes(volumes)
                    .withAllureResults(allureResults).write(replication);
            out.println("replication report: " + replication.resolve("index.html") + " (and index.md)");
        }
        Path results = dir.resolve("allure-results");
        AllureRunInfo.write(results, environment);
        AllureHistory.carryOver(dir.resolve("allure-report"), results);
        for (AllureHistory.VerdictChange c : AllureHistory.markChanges(results)) {
            out.println("verdict changed since the previous report: " + c + "  " + c.claim());
        }
        Optional<AllureCommandLine> allure = AllureCommandLine.find();
        if (allure.isEmpty()) {
            err.println("redshift: no Allure command line under target/allure — run `mvn -B package` to unpack it;"
                    + " raw results are in " + dir.resolve("allure-results"));
            return;
        }
        try {
            Path index = allure.get().generate(dir.resolve("allure-results"), dir.resolve("allure-report"));
            out.println("Allure report: " + index);
        } catch (IOException e) {
            err.println("redshift: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void clean(Path results) {
        if (!Files.isDirectory(results)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(results)) {
            walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(results)).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
