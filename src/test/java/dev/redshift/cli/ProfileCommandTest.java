package dev.redshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code profile} verb: a spec, the engine's claims, Allure results, the page and a sentence per property. */
class ProfileCommandTest {

    @TempDir
    Path dir;

    private final ConsoleRun console = new ConsoleRun();

    private int run(String... args) {
        return console.run(args);
    }

    @Test
    void aTorchScriptProfileWritesItsSpecTheAllureResultsAndOneSelfContainedPage() throws IOException {
        Path report = dir.resolve("profile");
        int status = run("profile", "--network", "torchscript", "--with", "file=examples/torchscript/relu-mlp.pt",
                "--report", report.toString(), "--scale", "0.25", "--heat-networks", "2", "--no-cache");

        String stdout = console.stdout();
        assertThat(status).as(stdout + console.stderr()).isZero();
        assertThat(stdout).contains("profile of torchscript relu-mlp.pt: 4 claims on fourier")
                .contains("  - Weight scale: complexity ").contains("  - Bias scale: complexity ")
                .contains("profile page: " + report.resolve("index.html"))
                .containsPattern("\\d+ passed, \\d+ failed, \\d+ inconclusive");
        assertThat(report.resolve("profile.yaml")).content()
                .contains("profile: 'torchscript'").contains("'file': '" + java.nio.file.Path.of("examples/torchscript/relu-mlp.pt")
                        .toAbsolutePath() + "'");
        String page = Files.readString(report.resolve("index.html"));
        assertThat(page).contains("<h1>Profile: torchscript relu-mlp.pt</h1>").contains("<h2>Claims</h2>")
                .contains("Weight scale: complexity").contains("relu MLP").contains("tanh MLP")
                .contains("data:image/png;base64,").doesNotContain("src=\"http").doesNotContain("src=\"file");
        try (Stream<Path> results = Files.list(report.resolve("allure-results"))) {
            assertThat(results.filter(p -> p.toString().endsWith("-result.json"))).hasSize(4);
        }
        assertThat(report.resolve("replication")).doesNotExist();
    }

    @Test
    void withoutANetworkItSaysWhatIsRequired() {
        assertThat(run("profile")).isEqualTo(Main.BAD_INPUT);
        assertThat(console.stderr().strip())
                .isEqualTo("redshift: profile: --network is required, e.g. --network mlp --with activation=tanh");
    }

    @Test
    void anUnknownFamilyOrParameterIsOneLineNamingTheAllowedOnes() {
        assertThat(run("profile", "--network", "resnet")).isEqualTo(Main.BAD_INPUT);
        assertThat(run("profile", "--network", "mlp", "--with", "activation=rleu")).isEqualTo(Main.BAD_INPUT);
        assertThat(run("profile", "--network", "mlp", "--with", "depth")).isEqualTo(Main.BAD_INPUT);
        // the test class path registers more families and activations through the SPI, hence prefixes
        assertThat(console.stderr().lines().toList()).satisfiesExactly(
                l -> assertThat(l).startsWith("redshift: profile: unknown network 'resnet' — expected one of mlp,"
                        + " fourier-unbiased, gpt2, random-tokens, torchscript"),
                l -> assertThat(l).startsWith("redshift: profile: unknown activation 'rleu' — expected one of relu,"),
                l -> assertThat(l).isEqualTo("redshift: profile: --with depth: expected parameter=value, e.g. depth=6"));
    }

    @Test
    void aMissingModuleFileIsOneLine() {
        assertThat(run("profile", "--network", "torchscript", "--with", "file=nope.pt")).isEqualTo(Main.BAD_INPUT);
        assertThat(console.stderr()).startsWith("redshift: profile: file: no such file 'nope.pt'")
                .hasLineCount(1);
    }
}
