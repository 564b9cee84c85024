package dev.redshift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.redshift.network.ComputeDevice;
import dev.redshift.stats.QuadraticPeak;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trained-network figures (Fig. 7/8, 13/14, 16), from a tiny sweep so that the test takes seconds. */
class TrainedFiguresTest {

    private static final TrainedFigureSweep.Scale TINY = new TrainedFigureSweep.Scale(1, 8, 30, 0.01, 2,
            List.of(0.5, 1.0, 2.0), 5, 16, 10, List.of("relu", "sin"), List.of(10, 4),
            new ColoredDigitsSweep.Scale(20, 10, 3, 0.002, 2, 2, 8, List.of(1.0, 4.0), List.of("tanh", "sin")));

    private static TrainedFigureSweep.Results results;

    @TempDir
    Path dir;

    @BeforeAll
    static void sweep() {
        results = new TrainedFigureSweep(TINY, ComputeDevice.CPU, new PrintStream(new ByteArrayOutputStream())).run();
    }

    @Test
    void fig7HasATestAccuracyPerActivationModulusPrefactorAndRun() {
        double[][][][] a = results.accuracy();
        assertThat(a).hasDimensions(2, 2);
        for (double[][][] activation : a) {
            for (double[][] modulus : activation) {
                assertThat(modulus).hasNumberOfRows(3);
                for (double[] runs : modulus) {
                    assertThat(runs).hasSize(2);
                    assertThat(java.util.Arrays.stream(runs).boxed().toList()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
                }
            }
        }
    }

    @Test
    void theFittedQuadraticIsTheLeastSquaresParabolaWhosePeakThePeakSummaryTakes() {
        // y = 2 − 3(x − 0.4)² exactly: the fit recovers it and its vertex
        double[] x = {-1, -0.5, 0, 0.5, 1, 1.5};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 - 3 * (x[i] - 0.4) * (x[i] - 0.4);
        }
        QuadraticPeak.Quadratic fit = QuadraticPeak.fit(x, y);
        assertThat(fit.at(0.4)).isCloseTo(2, within(1e-9));
        assertThat(fit.at(1.2)).isCloseTo(2 - 3 * 0.64, within(1e-9));
        assertThat(fit.vertex()).isCloseTo(0.4, within(1e-9));
        assertThat(QuadraticPeak.of(x, y)).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void fig13ShowsEachRowAtInitialisationTrainedAndShuffled() {
        assertThat(results.images()).hasNumberOfRows(TrainedFigureSweep.IMAGE_ROWS.size());
        for (float[][] row : results.images()) {
            assertThat(row).hasNumberOfRows(3);
            for (float[] f : row) {
                assertThat(f).hasSize(16 * 16);
            }
            // training and shuffling both change the function
            assertThat(row[1]).isNotEqualTo(row[0]);
            assertThat(row[2]).isNotEqualTo(row[1]);
        }
    }

    @Test
    void fig16RecordsEveryFewStepsFromInitialisationToTheEnd() {
        assertThat(results.trajectories()).extracting(TrainedFigureSweep.Trajectory::activation)
                .containsExactly("relu", "sin");
        for (TrainedFigureSweep.Trajectory t : results.trajectories()) {
            assertThat(t.steps()).containsExactly(0, 10, 20, 30);
            assertThat(t.weightMagnitude()).hasSize(4);
            assertThat(t.fourier()).hasSize(4);
            assertThat(java.util.Arrays.stream(t.weightMagnitude()).min().orElseThrow()).isPositive();
            assertThat(java.util.Arrays.stream(t.fourier()).min().orElseThrow()).isPositive();
            assertThat(t.weightMagnitude()[3]).as("training moves the weights").isNotEqualTo(t.weightMagnitude()[0]);
        }
    }

    @Test
    void fig9HasLzAtInitialisationAndDigitAndColorAccuracyPerActivationAndPrefactor() {
        ColoredDigitsSweep.Results c = results.colored();
        assertThat(c.initLz()).hasDimensions(2, 2);
        assertThat(c.digit()).hasDimensions(2, 2);
        assertThat(c.color()).hasDimensions(2, 2);
        for (int a = 0; a < 2; a++) {
            for (int p = 0; p < 2; p++) {
                assertThat(c.initLz()[a][p]).hasSize(2);
                assertThat(java.util.Arrays.stream(c.initLz()[a][p]).min().orElseThrow()).isGreaterThan(1);
                for (double[] accuracy : List.of(c.digit()[a][p], c.color()[a][p])) {
                    assertThat(accuracy).hasSize(2);
                    // 1 − mean |error| of outputs that may be anywhere after 3 steps: at most 1
                    assertThat(java.util.Arrays.stream(accuracy).max().orElseThrow()).isLessThanOrEqualTo(1);
                }
            }
        }
        assertThat(ColoredDigitsFigures.means(new double[][] {{1, Double.NaN, 3}, {Double.NaN}}))
                .containsExactly(2, Double.NaN);
    }

    @Test
    void theReportShowsTheTrainedFiguresWithCaptions() throws IOException {
        new ReplicationReport(List.of(), List.of(), null, results, Map.of("scale", "test")).write(dir);
        String md = Files.readString(dir.resolve("index.md"));
        String html = Files.readString(dir.resolve("index.html"));
        for (String title : List.of("Fig. 7 / 8", "Fig. 13 / 14", "Fig. 16", "Fig. 9")) {
            assertThat(md).contains("## " + title);
            assertThat(html).contains("<h2>" + title);
        }
        assertThat(md).contains("CI scale, not the paper's: depth 1, width 8, 30 full-batch Adam steps")
                .contains("mean peak prefactor for M = 10 → 4: relu ")
                .contains("20 training digits, 3 full-batch Adam steps").contains("tanh: LZ ");
        for (String file : List.of("fig7-modulo-relu.png", "fig7-modulo-sin.png", "fig13-image-grid.png",
                "fig16-trajectories.png", "fig9-colored-mnist-lz-at-init.png", "fig9-colored-mnist-accuracy.png")) {
            assertThat(md).contains("](" + file + ")");
            assertThat(ImageIO.read(dir.resolve(file).toFile())).as(file).isNotNull();
        }
    }
}
