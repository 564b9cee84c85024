package dev.redshift.train;

import dev.redshift.eval.Grid;
import dev.redshift.network.Parameter;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * DESIGN §8's {@code image} task: a 64×64 grayscale image in [0, 1] on the §3 grid (pixel (i, j) at (x_i, x_j)),
 * learned by squared error. {@code cameraman} trains on a random {@code trainFraction} of the pixels per run;
 * {@code waves}, ½ + ¼·sin(2πx) + ¼·sin(4πy), trains on its local extrema only. Every other pixel tests.
 */
public final class ImageTask extends DeclaredTask {

    /** The task's id. */
    public static final String ID = "image";
    /** Pixels per side. */
    public static final int SIZE = 64;
    /** The images the task knows. */
    public static final List<String> NAMES = List.of("cameraman", "waves");

    private static final String CAMERAMAN = "cameraman-64.png";

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.text("name", "cameraman", "the image: " + String.join(" or ", NAMES)),
            Parameter.number("trainFraction", 0.4, 0, "share of cameraman's pixels that trains (waves trains on"
                    + " its local extrema)"));

    /** The task with its declared parameters and defaults. */
    public ImageTask() {
        super(ID, PARAMETERS, 1000, 0.02);
    }

    @Override
    public TaskData create(TrainingSetup setup) {
        String name = setup.text("name");
        float[] points = new Grid(SIZE, 2).points();
        return switch (name) {
            case "cameraman" -> {
                float[] image = cameraman();
                double fraction = setup.number("trainFraction");
                int train = (int) Math.round(fraction * image.length);
                if (train < 1 || train >= image.length) {
                    throw new IllegalArgumentException("trainFraction " + fraction + " leaves " + train + " of "
                            + image.length + " pixels to train; it must leave at least one to train and one to test");
                }
                yield new SplitPoints(2, Objective.SQUARED_ERROR, points, image, train, image);
            }
            case "waves" -> {
                double[] waves = waves();
                float[] image = new float[waves.length];
                for (int p = 0; p < waves.length; p++) {
                    image[p] = (float) waves[p];
                }
                yield new SplitPoints(2, Objective.SQUARED_ERROR, points, image, localExtrema(waves, SIZE), image);
            }
            default -> throw new IllegalArgumentException("unknown image '" + name + "' — expected one of "
                    + String.join(", ", NAMES));
        };
    }

    /** ½ + ¼·sin(2πx_i) + ¼·sin(4πx_j) at pixel (i, j), row-major. */
    static double[] waves() {
        double[] y = new double[SIZE * SIZE];
        for (int i = 0; i < SIZE; i++) {
            for (int j = 0; j < SIZE; j++) {
                y[i * SIZE + j] = 0.5 + 0.25 * Math.sin(2 * Math.PI * Grid.coordinate(i, SIZE))
                        + 0.25 * Math.sin(4 * Math.PI * Grid.coordinate(j, SIZE));
            }
        }
        return y;
    }

    /**
     * Pixels strictly above or strictly below all 8 neighbours. Border pixels, which lack neighbours, are not
     * extrema: where the image is cut off says nothing about its shape.
     */
    static boolean[] localExtrema(double[] image, int size) {
        boolean[] extreme = new boolean[image.length];
        for (int i = 1; i < size - 1; i++) {
            for (int j = 1; j < size - 1; j++) {
                double v = image[i * size + j];
                boolean max = true;
                boolean min = true;
                for (int di = -1; di <= 1; di++) {
                    for (int dj = -1; dj <= 1; dj++) {
                        if (di != 0 || dj != 0) {
                            double u = image[(i + di) * size + j + dj];
                            max &= v > u;
                            min &= v < u;
                        }
                    }
                }
                extreme[i * size + j] = max || min;
            }
        }
        return extreme;
    }

    /** The shipped 64×64 cameraman in [0, 1], row-major, row i = first input. */
    static float[] cameraman() {
        try (InputStream in = ImageTask.class.getResourceAsStream(CAMERAMAN)) {
            if (in == null) {
                throw new IllegalStateException("the cameraman image " + CAMERAMAN + " is missing from the class path");
            }
            BufferedImage image = ImageIO.read(in);
            Raster raster = image.getRaster();
            if (image.getWidth() != SIZE || image.getHeight() != SIZE || raster.getNumBands() != 1) {
                throw new IllegalStateException(CAMERAMAN + " must be a " + SIZE + "×" + SIZE + " grayscale image");
            }
            double max = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
            float[] y = new float[SIZE * SIZE];
            for (int i = 0; i < SIZE; i++) {
                for (int j = 0; j < SIZE; j++) {
                    y[i * SIZE + j] = (float) (raster.getSample(j, i, 0) / max);
                }
            }
            return y;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
