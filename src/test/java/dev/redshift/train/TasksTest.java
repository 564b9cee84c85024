package dev.redshift.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redshift.eval.Grid;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TasksTest {

    @Test
    void moduloLabelsEveryPointAndSplitsItIntoDisjointHalves() {
        TaskData data = TrainingSetup.resolve(Map.of("task", "modulo", "N", 4, "M", 3)).data();
        RunData run = data.split(9, 2);
        assertThat(run.trainPoints()).isEqualTo(8);
        assertThat(run.testPoints()).isEqualTo(8);
        Map<String, Float> seen = new HashMap<>();
        for (RunData part : List.of(new RunData(run.trainInputs(), run.trainTargets(), new float[0], new float[0]),
                new RunData(run.testInputs(), run.testTargets(), new float[0], new float[0]))) {
            for (int p = 0; p < part.trainPoints(); p++) {
                // fed as 2x/(N−1) − 1: back to x ∈ {0..3}
                int a = Math.round((part.trainInputs()[2 * p] + 1) * 1.5f);
                int b = Math.round((part.trainInputs()[2 * p + 1] + 1) * 1.5f);
                assertThat(seen.put(a + "," + b, part.trainTargets()[p])).as("point %d,%d once", a, b).isNull();
            }
        }
        assertThat(seen).hasSize(16);
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                float label = (a + b) % 3 < 1.5 ? 1 : 0;
                assertThat(seen.get(a + "," + b)).as("label of %d,%d", a, b).isEqualTo(label);
            }
        }
        assertThat(data.split(9, 2).trainInputs()).as("a function of (seed, run)").containsExactly(run.trainInputs());
        assertThat(data.split(9, 3).trainInputs()).as("another run, another split").isNotEqualTo(run.trainInputs());
    }

    @Test
    void wavesTrainsOnItsSixteenLocalExtremaAndTestsOnTheRest() {
        TaskData data = TrainingSetup.resolve(Map.of("task", "image", "name", "waves")).data();
        RunData run = data.split(1, 0);
        // sin(2πx) peaks at x = −3/4, 1/4 and dips at −1/4, 3/4; sin(4πy) peaks at −7/8, −3/8, 1/8, 5/8 and dips
        // at −5/8, −1/8, 3/8, 7/8: a pixel is an extremum of the sum where both peak or both dip
        Set<String> expected = new HashSet<>();
        for (double[][] pair : new double[][][] {{{-0.75, 0.25}, {-0.875, -0.375, 0.125, 0.625}},
                {{-0.25, 0.75}, {-0.625, -0.125, 0.375, 0.875}}}) {
            for (double x : pair[0]) {
                for (double y : pair[1]) {
                    expected.add(index(x) + "," + index(y));
                }
            }
        }
        Set<String> actual = new HashSet<>();
        for (int p = 0; p < run.trainPoints(); p++) {
            actual.add(index(run.trainInputs()[2 * p]) + "," + index(run.trainInputs()[2 * p + 1]));
            double x = run.trainInputs()[2 * p];
            double y = run.trainInputs()[2 * p + 1];
            assertThat((double) run.trainTargets()[p]).isCloseTo(
                    0.5 + 0.25 * Math.sin(2 * Math.PI * x) + 0.25 * Math.sin(4 * Math.PI * y),
                    org.assertj.core.api.Assertions.within(1e-6));
        }
        assertThat(actual).hasSize(16).isEqualTo(expected);
        assertThat(run.testPoints()).isEqualTo(64 * 64 - 16);
    }

    private static int index(double x) {
        return (int) Math.round((x + 1) * 63 / 2);
    }

    @Test
    void cameramanIsA64By64ImageInTheUnitRangeWithFortyPercentOfItsPixelsTraining() {
        TaskData data = TrainingSetup.resolve(Map.of("task", "image")).data();
        float[] image = data.image();
        assertThat(image).hasSize(64 * 64);
        double mean = 0;
        for (float v : image) {
            assertThat(v).isBetween(0f, 1f);
            mean += v / image.length;
        }
        assertThat(mean).isBetween(0.4, 0.6);
        RunData run = data.split(3, 7);
        assertThat(run.trainPoints()).isEqualTo(Math.round(0.4f * 4096));
        assertThat(run.trainPoints() + run.testPoints()).isEqualTo(4096);
        // pixel (i, j) sits at (x_i, x_j)
        int p = 0;
        int i = index(run.trainInputs()[0]);
        int j = index(run.trainInputs()[1]);
        assertThat(run.trainInputs()[0]).isEqualTo((float) Grid.coordinate(i, 64));
        assertThat(run.trainTargets()[p]).isEqualTo(image[i * 64 + j]);
    }

    @Test
    void badTrainingBlocksSayWhatIsAllowed() {
        assertThatThrownBy(() -> TrainingSetup.resolve(Map.of("task", "modulus")))
                .hasMessage("unknown task 'modulus' — expected one of modulo, image, colored-digits, modadd, finetune");
        assertThatThrownBy(() -> TrainingSetup.resolve(Map.of("task", "modulo", "Q", 3)))
                .hasMessage("unknown key 'Q' of task modulo — expected one of task, N, M, d, trainFraction, steps, lr, weightDecay");
        assertThatThrownBy(() -> TrainingSetup.resolve(Map.of("task", "modulo", "steps", 0)))
                .hasMessage("steps must be at least 1, got 0");
        assertThatThrownBy(() -> TrainingSetup.resolve(Map.of("task", "modulo", "lr", 0)))
                .hasMessage("lr must be a positive number, got 0.0");
        assertThatThrownBy(() -> TrainingSetup.resolve(Map.of("task", "image", "name", "lena")).data())
                .hasMessage("unknown image 'lena' — expected one of cameraman, waves");
    }
}
