package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@link SpecPaths}: a path written in a spec resolves against the spec's folder (a classpath spec's: its
 * package, copied out of a jar when it lies in one), and folders read as users see them.
 */
class SpecPathsTest {

    @Test
    void filesUnderTheWorkingDirectoryShowRelativeWithForwardSlashes() {
        assertThat(SpecPaths.display(Path.of("specs", "fig5.yaml").toAbsolutePath())).isEqualTo("specs/fig5.yaml");
        assertThat(SpecPaths.display(Path.of("specs/../specs/./fig5.yaml"))).isEqualTo("specs/fig5.yaml");
        assertThat(SpecPaths.display(Path.of("/elsewhere/fig5.yaml"))).isEqualTo("/elsewhere/fig5.yaml");
    }

    @Test
    void aRelativePathResolvesAgainstTheSpecsFolderAndAnAbsoluteOneStaysAsWritten() {
        assertThat(SpecPaths.resolve("specs/fig5.yaml", " model.pt ")).isEqualTo("specs/model.pt");
        assertThat(SpecPaths.resolve("specs/fig5.yaml", "../data/x.csv")).isEqualTo("data/x.csv");
        assertThat(SpecPaths.resolve("fig5.yaml", "model.pt")).isEqualTo("model.pt");
        assertThat(SpecPaths.resolve("/elsewhere/a/fig5.yaml", "model.pt")).isEqualTo("/elsewhere/a/model.pt");
        assertThat(SpecPaths.resolve("specs/fig5.yaml", "/opt/model.pt")).isEqualTo("/opt/model.pt");
    }

    @Test
    void aClasspathSpecsPathResolvesInItsPackage() {
        String found = SpecPaths.resolve("classpath:examples/seeded.yaml", "softsign.yaml");
        assertThat(found).endsWith("examples/softsign.yaml").doesNotStartWith("classpath:");
        assertThat(Path.of(found)).isRegularFile();
        // not on the class path: shown in the package, relative to the working directory, for the message
        assertThat(SpecPaths.resolve("classpath:examples/seeded.yaml", "missing.pt")).isEqualTo("examples/missing.pt");
        assertThat(SpecPaths.resolve("classpath:top.yaml", "missing.pt")).isEqualTo("missing.pt");
    }

    @Test
    void aClasspathFileInAJarIsCopiedOutToTheSamePlaceEveryRun() throws IOException {
        // JUnit's own Test.class lies in a jar on every test class path
        String copy = SpecPaths.resolve("classpath:org/junit/jupiter/api/spec.yaml", "Test.class");
        Path expected = Path.of(System.getProperty("java.io.tmpdir"), "redshift-classpath", "org/junit/jupiter/api",
                "Test.class");
        assertThat(copy).isEqualTo(expected.toString());
        byte[] original;
        try (InputStream in = SpecPathsTest.class.getClassLoader().getResourceAsStream(
                "org/junit/jupiter/api/Test.class")) {
            original = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(expected)).isEqualTo(original);
        assertThat(SpecPaths.resolve("classpath:org/junit/jupiter/api/spec.yaml", "Test.class")).isEqualTo(copy);
    }

    @Test
    void foldersReadAsUsersSeeThem() {
        assertThat(SpecPaths.folder("specs/fig5.yaml")).isEqualTo("specs");
        assertThat(SpecPaths.folder("fig5.yaml")).isEqualTo(".");
        assertThat(SpecPaths.folder("classpath:examples/seeded.yaml")).isEqualTo("classpath:examples");
        assertThat(SpecPaths.folder("classpath:top.yaml")).isEqualTo("classpath:");
    }
}
