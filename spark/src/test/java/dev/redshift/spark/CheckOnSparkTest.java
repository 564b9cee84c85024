package dev.redshift.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --executor spark} prints what an in-process check prints, claim for claim. */
class CheckOnSparkTest {

    @TempDir
    Path dir;

    private static String check(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkOnSparkPrintsTheInProcessVerdictsAndNumbers() {
        Specs.loopback();
        String spec = Specs.write(dir, "untrained.yaml", Specs.UNTRAINED).toString();
        String local = check("check", spec, "--no-cache");
        String spark = check("check", spec, "--no-cache", "--executor", "spark", "--spark-master", "local[2]");
        assertThat(spark).isEqualTo(local).contains("2 passed, 0 failed, 0 inconclusive");
    }
}
