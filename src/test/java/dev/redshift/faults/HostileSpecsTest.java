package dev.redshift.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A folder of hostile specs ({@code src/test/resources/faults/hostile}) checked as a user would check a folder: each
 * bad file is one line at its {@code file:line:col}, naming what is wrong, and the good spec beside them still runs
 * and decides.
 */
class HostileSpecsTest {

    private static final String FOLDER = "src/test/resources/faults/hostile/";

    private static final class Run {
        final int status;
        final String stdout;

        Run(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            stdout = out.toString(StandardCharsets.UTF_8);
        }
    }

    private static final Run FOLDER_RUN = new Run("check", FOLDER, "--no-cache");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tab-indented.yaml     | 3:1   | found character '\\t(TAB)' that cannot start any token
            binary.yaml           | 1:8   | not UTF-8 text (byte 0xff at offset 7) — a spec is a YAML file in UTF-8
            alias-bomb.yaml       | 8:35  | too many YAML aliases (more than 50) — a spec file needs few
            java-tag.yaml         | 2:11  | YAML tags are not part of the spec language, got '!!java.lang.Runtime'
            duplicate-key.yaml    | 5:5   | duplicate key 'with'
            negative-depth.yaml   | 4:20  | depth must be at least 0, got -2
            nan-weight-scale.yaml | 4:26  | weightScale must be a finite number, got '.nan'
            not-a-module.yaml     | 2:10  | cannot load a TorchScript module
            """)
    void eachHostileSpecIsOneLineAtItsPosition(String file, String position, String what) {
        List<String> lines = FOLDER_RUN.stdout.lines().filter(l -> l.contains(FOLDER + file)).distinct().toList();
        assertThat(lines).as(FOLDER_RUN.stdout).hasSize(1);
        assertThat(lines.get(0).strip()).startsWith(FOLDER + file + ":" + position + ": ").contains(what);
    }

    @Test
    void theGoodSpecBesideThemStillRunsAndDecides() {
        assertThat(FOLDER_RUN.stdout).containsPattern(Pattern.compile(
                "^PASS +ReLU LZ lies in a wide range  \\[" + FOLDER + "good.yaml:4]$", Pattern.MULTILINE));
        assertThat(FOLDER_RUN.stdout).contains("1 passed, 0 failed, 0 inconclusive, 11 broken");
        assertThat(FOLDER_RUN.status).isEqualTo(2);
    }

    @Test
    void noHostileSpecEndsInAnInternalError() {
        assertThat(FOLDER_RUN.stdout).doesNotContain("internal error").doesNotContain("Exception");
    }

    @Test
    void theGoodSpecAloneGivesTheSameEstimateAsBesideTheHostileOnes() {
        Run alone = new Run("check", FOLDER + "good.yaml", "--no-cache");
        assertThat(alone.status).isZero();
        String estimate = alone.stdout.lines().filter(l -> l.contains("estimate")).findFirst().orElseThrow();
        assertThat(FOLDER_RUN.stdout).contains(estimate);
    }
}
