package dev.redshift.report;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.spec.Configuration;
import dev.redshift.train.ColoredDigits;
import dev.redshift.train.MnistDigits;
import dev.redshift.train.RunData;
import dev.redshift.train.TaskData;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A few inputs of a {@code colored-digits} claim's first run, as the network sees them: the 28×28 digit and, set
 * apart by a thin gap, its 29th column of one intensity (the color), on an absolute scale (0 black, 1 white), each
 * with its label y and color c. Rows: training images whose color is their label, training images with a noisy
 * color, the digit test set and the color test set.
 */
public final class ColoredDigitInputs {

    private static final int PER_ROW = 8;
    private static final int SCALE = 3;
    private static final int GAP = 3;
    private static final int LABEL_WIDTH = 230;
    private static final int CAPTION = 16;

    private ColoredDigitInputs() {
    }

    /** The PNG, or empty when the claim does not train on colored digits. */
    public static Optional<byte[]> png(ClaimOutcome outcome) {
        Configuration first = outcome.plan().configurations().get(0);
        if (first.training() == null) {
            return Optional.empty();
        }
        TaskData data = first.training().data();
        if (!(data instanceof ColoredDigits)) {
            return Optional.empty();
        }
        return Optional.of(png(data.split(first.seed(), 0)));
    }

    /** The PNG of one run's inputs. */
    static byte[] png(RunData run) {
        List<Integer> clean = new ArrayList<>();
        List<Integer> noisy = new ArrayList<>();
        for (int i = 0; i < run.trainPoints() && (clean.size() < PER_ROW || noisy.size() < PER_ROW); i++) {
            boolean colorIsLabel = Math.abs(color(run.trainInputs(), i) - run.trainTargets()[i]) < 1e-6;
            (colorIsLabel ? clean : noisy).add(i);
        }
        List<String> titles = List.of("training: color = label", "training: noisy color",
                "digit test: color uniform", "color test: label = color");
        List<float[]> sets = List.of(run.trainInputs(), run.trainInputs(), run.testInputs(), run.colorInputs());
        List<float[]> targets = List.of(run.trainTargets(), run.trainTargets(), run.testTargets(), run.colorTargets());
        List<int[]> rows = List.of(indices(clean), indices(noisy), firstOf(run.testPoints()),
                firstOf(run.points(RunData.PointSet.COLOR)));
        int tileWidth = ColoredDigits.COLUMNS * SCALE + GAP;
        int tileHeight = MnistDigits.SIZE * SCALE;
        int cell = tileWidth + 10;
        int rowHeight = tileHeight + CAPTION + 8;
        BufferedImage image = new BufferedImage(LABEL_WIDTH + PER_ROW * cell, rows.size() * rowHeight + 4,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = FunctionImages.labelledCanvas(image);
        g.setFont(g.getFont().deriveFont(11f));
        for (int r = 0; r < rows.size(); r++) {
            int y0 = 4 + r * rowHeight;
            g.setFont(g.getFont().deriveFont(13f));
            g.drawString(titles.get(r), 8, y0 + tileHeight / 2 + 5);
            g.setFont(g.getFont().deriveFont(11f));
            int[] shown = rows.get(r);
            for (int n = 0; n < shown.length; n++) {
                int x0 = LABEL_WIDTH + n * cell;
                draw(image, ColoredDigits.image(sets.get(r), shown[n]), x0, y0);
                g.drawString(String.format(Locale.ROOT, "y %.2f c %.2f", targets.get(r)[shown[n]],
                        color(sets.get(r), shown[n])), x0, y0 + tileHeight + CAPTION - 3);
            }
        }
        g.dispose();
        return FunctionImages.png(image);
    }

    private static float color(float[] inputs, int index) {
        return (inputs[index * ColoredDigits.INPUTS + MnistDigits.SIZE] + 1) / 2;
    }

    private static int[] indices(List<Integer> chosen) {
        return chosen.stream().limit(PER_ROW).mapToInt(Integer::intValue).toArray();
    }

    private static int[] firstOf(int available) {
        int[] out = new int[Math.min(PER_ROW, available)];
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
        }
        return out;
    }

    /** A 28×29 image in [0, 1], the color column drawn {@code GAP} pixels apart from the digit. */
    private static void draw(BufferedImage image, float[] values, int x0, int y0) {
        for (int r = 0; r < MnistDigits.SIZE; r++) {
            for (int c = 0; c < ColoredDigits.COLUMNS; c++) {
                int gray = Math.round(255 * Math.max(0, Math.min(1, values[r * ColoredDigits.COLUMNS + c])));
                int rgb = new Color(gray, gray, gray).getRGB();
                int x = x0 + c * SCALE + (c == MnistDigits.SIZE ? GAP : 0);
                for (int dy = 0; dy < SCALE; dy++) {
                    for (int dx = 0; dx < SCALE; dx++) {
                        image.setRGB(x + dx, y0 + r * SCALE + dy, rgb);
                    }
                }
            }
        }
    }
}
