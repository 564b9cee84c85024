package dev.redshift.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's mistakes are one line and exit 2, before any network is sampled, never an internal error. */
class UserMistakesTest {

    private static final String SPEC = "src/test/resources/faults/never-decided.yaml";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aReportFolderThatIsAFileIsRefusedAtOnce() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        long start = System.nanoTime();
        assertThat(run("check", SPEC, "--report", file.toString(), "--no-cache")).isEqualTo(2);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
        assertThat(stderr()).isEqualTo("redshift: check: --report " + file
                + ": is a file, not a folder — name a folder for the reports" + System.lineSeparator());
    }

    @Test
    void aReportWhoseReplicationFolderIsAFileIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("r"));
        Files.writeString(dir.resolve("r/replication"), "x");
        assertThat(run("check", SPEC, "--report", dir.resolve("r").toString(), "--no-cache")).isEqualTo(2);
        assertThat(stderr()).contains("replication is a file, where the report writes a folder")
                .doesNotContain("internal error");
    }

    @Test
    void aJunitXmlFileThatIsAFolderIsRefused() {
        assertThat(run("check", SPEC, "--junit-xml", dir.toString(), "--no-cache")).isEqualTo(2);
        assertThat(stderr()).startsWith("redshift: check: --junit-xml " + dir + ": is a folder, not a file");
    }

    @Test
    void aCsvUnderAFileIsRefusedBeforeSampling() throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        assertThat(run("sample", "--count", "2", "--csv", file.resolve("out.csv").toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("redshift: sample: --csv " + file.resolve("out.csv") + ": cannot create the"
                + " folder").doesNotContain("internal error");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("sampled");
    }

    @Test
    void aSpecThatIsNotUtf8SaysSoWithItsPosition() {
        assertThat(run("check", "src/test/resources/faults/latin1.yaml", "--no-cache")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                "src/test/resources/faults/latin1.yaml:3:15: not UTF-8 text (byte 0xe9 at offset 43)");
    }

    @Test
    void aMissingModuleFileSaysPathsResolveAgainstTheSpecsFolder() throws Exception {
        String text = "spec: A module beside its spec\nprofile: torchscript\ndefaults:\n  with: { file: model.pt }\n";
        Path spec = Files.writeString(dir.resolve("module.yaml"), text);
        assertThat(run("check", spec.toString(), "--no-cache")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(":4:17: file: no such file 'model.pt' (relative"
                + " paths resolve against the spec's folder " + dev.redshift.spec.SpecPaths.display(dir) + ")");
        Files.copy(Path.of("examples/torchscript/relu-mlp.pt"), dir.resolve("model.pt"));
        // from the working directory, not the spec's folder: the module beside the spec is found
        assertThat(new dev.redshift.spec.SpecParser().parse(spec.toString(), text).claims())
                .allSatisfy(c -> assertThat(c.error()).isNull());
    }
}
