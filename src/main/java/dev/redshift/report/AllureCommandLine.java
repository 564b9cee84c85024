package dev.redshift.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the Allure command line that {@code mvn package} unpacks from Maven Central into
 * {@code target/allure/}, to turn {@code allure-results} into a single-file HTML report, offline.
 */
public final class AllureCommandLine {

    private final Path script;

    private AllureCommandLine(Path script) {
        this.script = script;
    }

    /** The command line unpacked beside {@code redshift.jar} (or under {@code target/}), if there is one. */
    public static Optional<AllureCommandLine> find() {
        for (Path base : candidates()) {
            Path dir = base.resolve("allure");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    Optional<Path> script = s.map(p -> p.resolve("bin/allure")).filter(Files::isRegularFile).findFirst();
                    if (script.isPresent()) {
                        return Optional.of(new AllureCommandLine(script.get()));
                    }
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Path[] candidates() {
        Path jarDir = Path.of("target");
        try {
            Path location = Path.of(AllureCommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            jarDir = Files.isDirectory(location) ? location.getParent() : location.getParent();
        } catch (Exception e) {
            // fall back to target/ under the working directory
        }
        return new Path[] {jarDir, Path.of("target")};
    }

    /** Generates {@code output/index.html} from {@code results}; returns the index file. */
    public Path generate(Path results, Path output) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", script.toString(), "generate", "--clean", "--single-file",
                results.toString(), "-o", output.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("allure generate failed: " + log.strip());
        }
        return output.resolve("index.html");
    }
}
