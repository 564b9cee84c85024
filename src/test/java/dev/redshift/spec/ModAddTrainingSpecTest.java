package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModAddTrainingSpecTest {

    private static final String HEAD = """
            spec: Trained modadd
            defaults:
              network: modadd
              with: { modulus: 11, embed: 8, width: 16 }
              train: { task: modadd, steps: 100, lr: 0.01 }
              measure: { name: local-volume, directions: 4 }
              samples: { min: 4, max: 8 }
            claims:
            """;

    private static final String GOOD = """
              - claim: fine
                vary: { train.steps: [1, 10] }
                expect: decreasing
            """;

    private static SpecFile parse(String claims) {
        return new SpecParser().parse("specs/m.yaml", HEAD + claims);
    }

    private static String error(String claims) {
        SpecFile f = parse(claims + GOOD);
        assertThat(f.claims().get(0).error()).as("expected the claim to be refused").isNotNull();
        assertThat(f.claims().get(1).error()).as("the other claim still runs").isNull();
        return f.claims().get(0).error().getMessage();
    }

    @Test
    void theTaskTakesTheNetworksModulusAndTheLiteraturesDefaults() {
        SpecFile f = parse(GOOD + """
              - claim: grokking
                with: { modulus: 23 }
                measure: grokked
                compare: [ { activation: gelu }, { activation: relu } ]
                expect: greater
            """);
        assertThat(f.claims()).extracting(ClaimEntry::error).containsOnlyNulls();
        Configuration level = f.claims().get(0).plan().configurations().get(1);
        assertThat(level.training().integer("modulus")).isEqualTo(11);
        assertThat(level.training().steps()).isEqualTo(10);
        assertThat(level.training().weightDecay()).isEqualTo(1.0);
        assertThat(level.training().number("trainFraction")).isEqualTo(0.3);
        assertThat(f.claims().get(1).plan().configurations().get(0).training().integer("modulus")).isEqualTo(23);
        // checkpoints share the runs; compared configurations stay independent
        List<Configuration> levels = f.claims().get(0).plan().configurations();
        assertThat(levels).extracting(Configuration::seed).containsOnly(levels.get(0).seed());
        assertThat(f.claims().get(1).plan().configurations()).extracting(Configuration::seed).doesNotHaveDuplicates();
        SpecFile other = parse("""
              - claim: learning rates are independent draws
                vary: { train.lr: [0.01, 0.001] }
                expect: decreasing
            """);
        assertThat(other.claims().get(0).plan().configurations()).extracting(Configuration::seed)
                .doesNotHaveDuplicates();
    }

    @Test
    void aNegativeWeightDecayIsRefusedAtItsValue() {
        assertThat(error("""
              - claim: bad
                train: { weightDecay: -1 }
                vary: { train.steps: [1, 10] }
                expect: decreasing
            """)).isEqualTo("specs/m.yaml:10:27: weightDecay must be at least 0, got -1");
    }

    @Test
    void aTaskOfAnotherFamilyIsRefusedAtTheClaim() {
        assertThat(error("""
              - claim: bad
                train: { task: modulo }
                measure: test-accuracy
                expect: { within: [0.9, 1] }
            """)).isEqualTo("specs/m.yaml:9:5: network modadd trains on task modadd only; got task modulo");
        assertThat(error("""
              - claim: bad
                measure: test-accuracy
                compare: [ { network: mlp, activation: relu }, { activation: relu } ]
                expect: greater
            """)).startsWith("specs/m.yaml:9:5: ").contains("task modadd trains network modadd only; got network mlp");
        assertThat(error("""
              - claim: bad
                train: { modulus: 13 }
                measure: test-accuracy
                expect: { within: [0.9, 1] }
            """)).isEqualTo("specs/m.yaml:9:5: train.modulus 13 differs from the network's modulus 11 — leave it"
                + " out: task modadd takes the network's");
    }
}
