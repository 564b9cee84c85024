package dev.redshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A colored-digits claim through check --report: its Allure page carries its inputs with their color column. */
class ColoredDigitsReportTest {

    private static final String SPEC = """
            spec: Tiny colored digits
            defaults:
              with: { activation: tanh, depth: 1, width: 4 }
              train: { task: colored-digits, train: 30, test: 20, steps: 3, lr: 0.002 }
              measure: color-accuracy
              grid: 8
              samples: { min: 2, max: 2 }
              seed: 4
            claims:
              - claim: Color accuracy is an accuracy
                expect: { within: [-10, 1.01] }
            """;

    @TempDir
    Path dir;

    @Test
    void theClaimsAllurePageShowsItsInputImages() throws IOException {
        Path spec = dir.resolve("tiny.yaml");
        Files.writeString(spec, SPEC);
        Path report = dir.resolve("report");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"check", spec.toString(), "--report", report.toString(), "--no-figures",
            "--no-cache"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        Path results = report.resolve("allure-results");
        List<Path> claims;
        try (Stream<Path> files = Files.list(results)) {
            claims = files.filter(f -> f.getFileName().toString().endsWith("-result.json")).toList();
        }
        assertThat(claims).hasSize(1);
        String json = Files.readString(claims.get(0));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\"name\"\\s*:\\s*\"input images \\(digit \\| color column\\)\"[^}]*\"source\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(json);
        assertThat(m.find()).as(json).isTrue();
        assertThat(ImageIO.read(results.resolve(m.group(1)).toFile()).getHeight()).isGreaterThan(4 * 28 * 3);
    }
}
