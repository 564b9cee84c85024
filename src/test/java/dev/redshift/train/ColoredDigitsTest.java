package dev.redshift.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColoredDigitsTest {

    private static final MnistDigits DIGITS = MnistDigits.shipped();

    private static TaskData task(Object... keyValues) {
        Map<String, Object> block = new java.util.LinkedHashMap<>();
        block.put("task", "colored-digits");
        for (int i = 0; i < keyValues.length; i += 2) {
            block.put((String) keyValues[i], keyValues[i + 1]);
        }
        return TrainingSetup.resolve(block).data();
    }

    /** The color of input {@code i}: its 29th column, fed as 2c − 1, must hold one value on all 28 rows. */
    private static float color(float[] inputs, int i) {
        float fed = inputs[i * 812 + 28];
        boolean oneValue = true;
        for (int r = 0; r < 28; r++) {
            oneValue &= inputs[i * 812 + r * 29 + 28] == fed;
        }
        assertThat(oneValue).as("input %d's color column holds one value", i).isTrue();
        return (fed + 1) / 2;
    }

    /** The digit's pixels read back from an input (fed as 2v − 1, v = byte/255). */
    private static String pixelsOf(float[] inputs, int i) {
        byte[] bytes = new byte[784];
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                bytes[r * 28 + c] = (byte) Math.round((inputs[i * 812 + r * 29 + c] + 1) / 2 * 255);
            }
        }
        return java.util.Arrays.toString(bytes);
    }

    /** Whether input {@code i} shows digit {@code d} of the set, pixel for pixel, fed as 2v − 1. */
    private static boolean shows(float[] inputs, int i, MnistDigits.Digits set, int d) {
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                int value = set.pixels()[d * 784 + r * 28 + c] & 0xFF;
                if (Math.abs(inputs[i * 812 + r * 29 + c] - (2 * value / 255.0 - 1)) > 1e-6) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void trainingImagesCarryTheirLabelAsColorExceptANoisyThreePercent() {
        TaskData data = task("train", 1000, "test", 300);
        assertThat(data.inputs()).isEqualTo(812);
        assertThat(data.objective()).isEqualTo(Objective.SQUARED_ERROR);
        RunData run = data.split(5, 1);
        assertThat(run.trainPoints()).isEqualTo(1000);
        int noisy = 0;
        for (int i = 0; i < 1000; i++) {
            assertThat(shows(run.trainInputs(), i, DIGITS.train(), i)).as("training input %d is digit %d", i, i).isTrue();
            double label = DIGITS.train().label(i) / 9.0;
            assertThat((double) run.trainTargets()[i]).isCloseTo(label, within(1e-6));
            if (Math.abs(color(run.trainInputs(), i) - label) > 1e-6) {
                noisy++;
            }
        }
        // 30 noisy images; one whose uniform color lands within 1e-6 of its label has probability ~1e-4
        assertThat(noisy).isEqualTo(30);
    }

    @Test
    void theDigitSetIsLabelledByDigitAndTheColorSetByColor() {
        TaskData data = task("train", 200, "test", 500);
        RunData run = data.split(5, 1);
        assertThat(run.testPoints()).isEqualTo(500);
        assertThat(run.points(RunData.PointSet.COLOR)).isEqualTo(500);
        java.util.Set<String> testDigits = new java.util.HashSet<>();
        for (int d = 0; d < 500; d++) {
            testDigits.add(java.util.Arrays.toString(java.util.Arrays.copyOfRange(DIGITS.test().pixels(), d * 784,
                    (d + 1) * 784)));
        }
        double colorMean = 0;
        double agreement = 0;
        for (int i = 0; i < 500; i++) {
            assertThat(shows(run.testInputs(), i, DIGITS.test(), i)).isTrue();
            assertThat((double) run.testTargets()[i]).isCloseTo(DIGITS.test().label(i) / 9.0, within(1e-6));
            float c = color(run.testInputs(), i);
            assertThat(c).isBetween(0f, 1f);
            colorMean += c / 500;
            agreement += Math.abs(c - run.testTargets()[i]) / 500;

            float shade = color(run.colorInputs(), i);
            assertThat(run.colorTargets()[i]).as("the color set's label is its color").isCloseTo(shade, within(1e-6f));
            assertThat(testDigits).as("color input %d shows one of the test digits", i)
                    .contains(pixelsOf(run.colorInputs(), i));
        }
        // uniform colors: mean 1/2 (sd of the mean 0.013); independent of the digit: E|c − y| ≈ 0.35, not 0
        assertThat(colorMean).isCloseTo(0.5, within(0.05));
        assertThat(agreement).isGreaterThan(0.25);
    }

    @Test
    void aRunsSetsAreAFunctionOfSeedAndRun() {
        TaskData data = task("train", 300, "test", 100);
        RunData a = data.split(3, 7);
        RunData again = data.split(3, 7);
        // Arrays.equals: AssertJ's element-by-element comparison of 243,600 floats takes seconds
        assertThat(java.util.Arrays.equals(again.trainInputs(), a.trainInputs())).isTrue();
        assertThat(java.util.Arrays.equals(again.testInputs(), a.testInputs())).isTrue();
        assertThat(java.util.Arrays.equals(again.colorInputs(), a.colorInputs())).isTrue();
        assertThat(java.util.Arrays.equals(data.split(3, 8).trainInputs(), a.trainInputs())).as("another run").isFalse();
        assertThat(java.util.Arrays.equals(data.split(4, 7).testInputs(), a.testInputs())).as("another seed").isFalse();
    }

    @Test
    void anInputDrawsAsA28By29ImageWithItsColorColumn() {
        RunData run = task("train", 10, "test", 10).split(1, 0);
        float[] image = ColoredDigits.image(run.trainInputs(), 3);
        assertThat(image).hasSize(28 * 29);
        for (int r = 0; r < 28; r++) {
            assertThat(image[r * 29 + 28]).isCloseTo(DIGITS.train().label(3) / 9f, within(1e-6f));
            assertThat(image[r * 29 + 5]).isCloseTo(DIGITS.train().pixel(3, r * 28 + 5), within(1e-6f));
        }
    }

    @Test
    void setsLargerThanTheShippedDigitsAndNoiseAboveOneAreRefused() {
        assertThatThrownBy(() -> task("train", 6001)).hasMessage(
                "train 6001 exceeds the 6000 training digits that ship with Redshift");
        assertThatThrownBy(() -> task("test", 2001)).hasMessage(
                "test 2001 exceeds the 2000 test digits that ship with Redshift");
        assertThatThrownBy(() -> task("noise", 1.5)).hasMessage(
                "noise is a share of the training images, in [0, 1]; got 1.5");
    }

    @Test
    void colorAccuracyIsRefusedOnATaskWithoutAColorSet() {
        TrainingSetup modulo = TrainingSetup.resolve(Map.of("task", "modulo"));
        assertThatThrownBy(() -> RunMeasure.checkTask(
                java.util.List.of(RunMeasure.parse("color-accuracy", dev.redshift.measure.MeasureOptions.DEFAULTS)),
                "modulo", modulo.data())).hasMessage("measure color-accuracy reads a color test set, which only task"
                        + " colored-digits has; task modulo has none");
    }
}
