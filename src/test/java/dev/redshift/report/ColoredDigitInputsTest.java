package dev.redshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ColoredDigitInputsTest {

    @Test
    void fourRowsOfEightInputsEachWithItsColorColumnOnAnAbsoluteScale() throws IOException {
        var data = dev.redshift.train.TrainingSetup.resolve(Map.of("task", "colored-digits", "train", 400, "test",
                50)).data();
        var run = data.split(2, 0);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ColoredDigitInputs.png(run)));
        // 230 px of row titles, then 8 tiles of 29·3 + 3 + 10 px; 4 rows of 28·3 + 24 px, 4 px margin
        assertThat(image.getWidth()).isEqualTo(230 + 8 * (29 * 3 + 3 + 10));
        assertThat(image.getHeight()).isEqualTo(4 * (28 * 3 + 24) + 4);
        // the first training input's color column, drawn 3 px right of its digit, has the gray of its label
        float label = run.trainTargets()[0];
        int gray = image.getRGB(230 + 28 * 3 + 3 + 1, 4 + 10) & 0xFF;
        assertThat(gray).isEqualTo(Math.round(255 * label));
    }
}
