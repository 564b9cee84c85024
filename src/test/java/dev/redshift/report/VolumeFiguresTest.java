package dev.redshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.network.ComputeDevice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blog's heat maps in the replication report: both procedures, saturated cells and dropped counts. */
class VolumeFiguresTest {

    private static final VolumeFigureSweep.Scale TINY = new VolumeFigureSweep.Scale(
            Map.of("modulus", 5, "embed", 4, "width", 8), 6, List.of(1, 2), List.of(0.1, 3.0));

    @Test
    void sweepMarksSaturationAtSmallWeightsAndCountsWhatTheBlogDrops(@TempDir Path dir) throws IOException {
        VolumeFigureSweep.Results r = new VolumeFigureSweep(TINY, 2, ComputeDevice.CPU,
                new PrintStream(new ByteArrayOutputStream())).run();
        VolumeFigureSweep.Cell small = r.cells()[0][0][0];
        VolumeFigureSweep.Cell large = r.cells()[0][0][1];
        assertThat(small.saturated()).isEqualTo(2);
        // saturated: about −1/2 per parameter; large weights: far below
        assertThat(small.exactPerParameter()).isBetween(-0.6, -0.4);
        assertThat(large.exactPerParameter()).isLessThan(small.exactPerParameter() - 0.5);
        assertThat(large.dropped()).isEqualTo(2);
        assertThat(large.blogPerParameter()).isNaN();

        new ReplicationReport(List.of(), List.of(), null, Map.of()).withLocalVolumes(r).write(dir);
        String md = Files.readString(dir.resolve("index.md"));
        assertThat(md).contains("Local volumes (Jaburi &amp; Belrose 2025) — exact procedure")
                .contains("the blog's procedure drops").contains("local-volume-blog-relu.png");
        assertThat(dir.resolve("local-volume-exact-gaussian.png")).isNotEmptyFile();
        assertThat(dir.resolve("local-volume-blog-tanh.png")).isNotEmptyFile();
    }
}
