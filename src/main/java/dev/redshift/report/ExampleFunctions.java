package dev.redshift.report;

import dev.redshift.engine.ClaimOutcome;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;

/** The first sampled functions of each configuration as grayscale images, a row per configuration (Fig. 3 style). */
public final class ExampleFunctions {

    private static final int LABEL_WIDTH = 260;

    private ExampleFunctions() {
    }

    /** A PNG, or empty when the claim's networks are not read on a 2-D grid. */
    public static Optional<byte[]> png(ClaimOutcome o) {
        if (o.examples().isEmpty() || o.examples().get(0).length == 0) {
            return Optional.empty();
        }
        int m = o.plan().grid();
        int scale = Math.max(1, 128 / m);
        int count = ClaimOutcome.EXAMPLES;
        int rows = o.examples().size();
        BufferedImage first = FunctionImages.tiles(o.examples().get(0), m, count, count, scale);
        BufferedImage image = new BufferedImage(LABEL_WIDTH + first.getWidth(), rows * first.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = FunctionImages.labelledCanvas(image);
        for (int r = 0; r < rows; r++) {
            BufferedImage row = FunctionImages.tiles(o.examples().get(r), m, count, count, scale);
            g.drawImage(row, LABEL_WIDTH, r * first.getHeight(), null);
            String label = o.plan().configurations().get(r).label();
            g.drawString(label.length() > 34 ? label.substring(0, 33) + "…" : label, 8,
                    r * first.getHeight() + first.getHeight() / 2 + 5);
        }
        g.dispose();
        return Optional.of(FunctionImages.png(image));
    }
}
