package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrainedSpecsParseTest {

    @ParameterizedTest
    @ValueSource(strings = {"specs/fig7-modulo.yaml", "specs/appE-coordinates.yaml", "specs-gpu/fig7-modulo-sweep.yaml",
            "specs-gpu/appE-coordinates-lz.yaml"})
    void theTrainedSpecsParseWithEveryClaimTrained(String file) throws IOException {
        SpecFile spec = new SpecParser().parse(file, Files.readString(Path.of(file)));
        assertThat(spec.claims()).allSatisfy(c -> {
            assertThat(c.error()).as(c.name()).isNull();
            assertThat(c.plan().sampled()).as(c.name()).allSatisfy(conf -> assertThat(conf.trained()).isTrue());
        });
    }
}
