package dev.redshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @TempDir
    Path dir;

    private final ConsoleRun console = new ConsoleRun();

    private int run(String... args) {
        return console.run(args);
    }

    @Test
    void trainPrintsTheMeanAndSdOfEachMeasureAndWritesEveryRun() throws IOException {
        Path csv = dir.resolve("runs.csv");
        assertThat(run("train", "--task", "modulo", "--N", "8", "--M", "4", "--depth", "2", "--width", "16",
                "--steps", "20", "--lr", "0.01", "--count", "3", "--grid", "16",
                "--measures", "train-accuracy,test-accuracy,init:lz,weight-magnitude", "--csv", csv.toString()))
                .as(console.stderr()).isZero();
        String text = console.stdout();
        assertThat(text).contains("trained 3 runs of mlp").contains("task=modulo, N=8, M=4");
        for (String m : List.of("train-accuracy", "test-accuracy", "init:lz", "weight-magnitude")) {
            assertThat(text).containsPattern(m + " +mean +[0-9.]+ +sd +[0-9.]+");
        }
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("index,train-accuracy,test-accuracy,init:lz,weight-magnitude");
        assertThat(rows).hasSize(4);
    }

    @Test
    void pngShowsTheTargetThenTheLearnedImages() throws IOException {
        Path png = dir.resolve("waves.png");
        assertThat(run("train", "--task", "image", "--name", "waves", "--depth", "1", "--width", "8", "--steps", "5",
                "--count", "2", "--measures", "test-accuracy", "--png", png.toString()))
                .as(console.stderr()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(3 * 64 * 3);
    }

    @Test
    void coloredDigitsTrainsFromTheCommandLineAndReportsDigitAndColorAccuracy() {
        assertThat(run("train", "--task", "colored-digits", "--train", "60", "--test", "30", "--depth", "1",
                "--width", "8", "--steps", "5", "--count", "2", "--grid", "8"))
                .as(console.stderr()).isZero();
        String text = console.stdout();
        assertThat(text).contains("inputs=812").contains("task=colored-digits, train=60, test=30, noise=0.03");
        // the default measures of a task with a color set, LZ read along the random traversal of the 812 inputs
        for (String m : List.of("train-accuracy", "test-accuracy", "color-accuracy", "lz", "weight-magnitude")) {
            assertThat(text).containsPattern(m + " +mean +[0-9.]+ +sd +[0-9.]+");
        }
    }

    @Test
    void modaddTrainsFromTheCommandLineWithWeightDecayAndReportsGrokking() {
        assertThat(run("train", "--task", "modadd", "--network", "modadd", "--modulus", "7", "--embed", "8",
                "--width", "16", "--steps", "50", "--lr", "0.01", "--weight-decay", "0.5", "--count", "2"))
                .as(console.stderr()).isZero();
        String text = console.stdout();
        assertThat(text).contains("modulus=7").contains("task=modadd, modulus=7, trainFraction=0.3, steps=50,"
                + " lr=0.01, weightDecay=0.5");
        for (String m : List.of("train-accuracy", "test-accuracy", "grokked", "weight-magnitude")) {
            assertThat(text).containsPattern(m + " +mean +[0-9.]+ +sd +[0-9.]+");
        }
        console.reset();
        assertThat(run("train", "--task", "modadd", "--steps", "5")).isEqualTo(2);
        assertThat(console.stderr().strip())
                .isEqualTo("redshift: task modadd trains network modadd only; got network mlp — use network: modadd");
        console.reset();
        assertThat(run("train", "--task", "modadd", "--network", "modadd", "--weight-decay", "-1")).isEqualTo(2);
        assertThat(console.stderr().strip()).isEqualTo("redshift: weightDecay must be at least 0, got -1");
    }

    @Test
    void badTrainingOptionsAreOneLineWithWhatIsAllowed() {
        assertThat(run("train", "--task", "modulus")).isEqualTo(2);
        assertThat(console.stderr().strip())
                .isEqualTo("redshift: unknown task 'modulus' — expected one of modulo, image, colored-digits, modadd, finetune");
        console.reset();
        assertThat(run("train", "--task", "modulo", "--steps", "0")).isEqualTo(2);
        assertThat(console.stderr().strip()).isEqualTo("redshift: steps must be at least 1, got 0");
        console.reset();
        assertThat(run("train", "--task", "modulo", "--measures", "accuracy")).isEqualTo(2);
        assertThat(console.stderr()).contains("unknown measure 'accuracy' — expected one of "
                + "train-accuracy, test-accuracy, color-accuracy, weight-magnitude");
        console.reset();
        assertThat(run("train", "--task", "modulo", "--measures", "color-accuracy")).isEqualTo(2);
        assertThat(console.stderr().strip()).isEqualTo("redshift: measure color-accuracy reads a"
                + " color test set, which only task colored-digits has; task modulo has none");
        console.reset();
        assertThat(run("train", "--task", "colored-digits", "--train", "9000")).isEqualTo(2);
        assertThat(console.stderr().strip())
                .isEqualTo("redshift: train 9000 exceeds the 6000 training digits that ship with Redshift");
    }
}
