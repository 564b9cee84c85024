package dev.redshift.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * {@code check --junit-xml FILE}: the JUnit Platform's own legacy XML report (the Ant/Surefire format CI services
 * read), written by its {@link LegacyXmlReportGeneratingListener}. PASS is a passing test case, FAIL a failure
 * with the evidence sentence as message, INCONCLUSIVE a skipped one whose message starts {@code INCONCLUSIVE:},
 * a broken claim an error; each claim's evidence (verdict, estimate, bounds) is in its system-out. The listener
 * writes one {@code TEST-<engine>.xml} per engine into a folder; this puts the redshift engine's at FILE.
 */
final class JunitXmlReport {

    private final Path file;
    private final Path folder;
    private final TestExecutionListener listener;

    JunitXmlReport(Path file, PrintStream err) {
        this.file = file.toAbsolutePath();
        try {
            Files.createDirectories(this.file.getParent());
            this.folder = Files.createTempDirectory(this.file.getParent(), ".junit-xml-");
        } catch (IOException e) {
            throw new UsageException("check: --junit-xml " + file + ": cannot write there (" + e.getMessage() + ")");
        }
        this.listener = new LegacyXmlReportGeneratingListener(folder,
                new PrintWriter(err, true, StandardCharsets.UTF_8));
    }

    /** The listener to register with the launcher. */
    TestExecutionListener listener() {
        return listener;
    }

    /** Moves the engine's report to FILE and removes the working folder. */
    void finish() {
        try (Stream<Path> walk = Files.walk(folder)) {
            Path report = folder.resolve("TEST-redshift.xml");
            if (Files.isRegularFile(report)) {
                Files.move(report, file, StandardCopyOption.REPLACE_EXISTING);
            }
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JUnit XML report " + file, e);
        }
    }
}
