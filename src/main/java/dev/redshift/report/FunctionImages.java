package dev.redshift.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Sampled functions as grayscale images, the style of the paper's Fig. 3: each function min–max scaled to
 * black–white, first input down the rows, tiles side by side.
 */
public final class FunctionImages {

    private static final int GAP = 4;

    private FunctionImages() {
    }

    /**
     * Tiles of the first {@code count} functions of a network-major array of m×m grids.
     *
     * @param outputs network-major function values, {@code m*m} per function
     * @param m points per axis
     * @param count how many functions to draw
     * @param columns tiles per row
     * @param scale pixels per grid point
     */
    public static BufferedImage tiles(float[] outputs, int m, int count, int columns, int scale) {
        int rows = (count + columns - 1) / columns;
        int tile = m * scale;
        int width = columns * tile + (columns + 1) * GAP;
        int height = rows * tile + (rows + 1) * GAP;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        for (int n = 0; n < count; n++) {
            int x0 = GAP + (n % columns) * (tile + GAP);
            int y0 = GAP + (n / columns) * (tile + GAP);
            drawTile(image, outputs, n * m * m, m, scale, x0, y0);
        }
        return image;
    }

    private static final int NON_FINITE_RGB = 0xD62728;

    private static void drawTile(BufferedImage image, float[] v, int offset, int m, int scale, int x0, int y0) {
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < m * m; k++) {
            if (Float.isFinite(v[offset + k])) {
                lo = Math.min(lo, v[offset + k]);
                hi = Math.max(hi, v[offset + k]);
            }
        }
        double range = hi > lo ? (double) hi - lo : 1;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                float y = v[offset + i * m + j];
                int gray = (int) Math.round(255 * (y - lo) / range);
                // a non-finite output (float32 overflow) has no gray level: it shows in red
                int rgb = Float.isFinite(y) ? (gray << 16) | (gray << 8) | gray : NON_FINITE_RGB;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        image.setRGB(x0 + j * scale + dx, y0 + i * scale + dy, rgb);
                    }
                }
            }
        }
    }

    /** A white canvas on the image, set up for dark-gray labels beside the tiles. */
    static Graphics2D labelledCanvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 13));
        g.setColor(Color.DARK_GRAY);
        return g;
    }

    /** Writes an image as PNG, creating parent directories. */
    public static void writePng(BufferedImage image, Path file) {
        ReportFiles.write(file, png(image));
    }

    /** An image encoded as PNG (in memory, so an encoding failure is a bug, not an I/O condition). */
    public static byte[] png(BufferedImage image) {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a PNG image", e);
        }
        return png.toByteArray();
    }
}
