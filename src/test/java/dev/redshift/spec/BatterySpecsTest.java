package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.stats.Expectation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The battery's own rules, checked on the files themselves: every spec parses, every invariance has a control. */
class BatterySpecsTest {

    private static List<SpecFile> specs(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(p -> {
                try {
                    return new SpecParser().parse(p.toString(), Files.readString(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void everySpecOfTheBatteryAndOfTheGpuFolderParsesWithoutAnError() throws IOException {
        for (String folder : List.of("specs", "specs-gpu")) {
            for (SpecFile spec : specs(folder)) {
                assertThat(spec.claims()).as(spec.path()).allSatisfy(c -> assertThat(c.error()).as(c.name()).isNull());
            }
        }
    }

    @Test
    void everyInvarianceClaimOfThePaperHasANegativeControlInItsSpec() throws IOException {
        for (SpecFile spec : specs("specs")) {
            Set<String> controlled = spec.claims().stream().map(ClaimEntry::plan).map(ClaimPlan::controls)
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            List<String> invariance = spec.claims().stream().map(ClaimEntry::plan)
                    .filter(p -> p.expectation() instanceof Expectation.Invariant)
                    .filter(p -> !p.tags().contains(ClaimBuilder.CONTROL_TAG) && !p.tags().contains("extension"))
                    .filter(p -> p.configurations().stream().noneMatch(Configuration::trained))
                    .map(ClaimPlan::name).toList();
            assertThat(controlled).as(spec.path()).containsAll(invariance);
        }
    }
}
