package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainedSpecTest {

    private static final String HEAD = """
            spec: Trained
            defaults:
              network: mlp
              with: { activation: gaussian, depth: 4, width: 128 }
              train: { task: modulo, M: 10, steps: 3000, lr: 0.001 }
              measure: test-accuracy
              samples: { min: 5, max: 30 }
            claims:
            """;

    private static SpecFile parse(String claims) {
        return new SpecParser().parse("specs/t.yaml", HEAD + claims);
    }

    private static String error(String claims) {
        SpecFile f = parse(claims);
        assertThat(f.claims().get(0).error()).as("expected the claim to be refused").isNotNull();
        assertThat(f.claims().get(1).error()).as("the other claim still runs").isNull();
        return f.claims().get(0).error().getMessage();
    }

    private static final String GOOD = """
              - claim: fine
                with: { activation: relu }
                expect: { within: [0.9, 1] }
            """;

    @Test
    void theDesignExampleTrainsEveryConfigurationAndVariesATaskParameter() {
        SpecFile f = parse("""
              - claim: A ReLU MLP learns the low-frequency task
                with: { activation: relu }
                expect: { within: [0.9, 1] }
              - claim: Gaussian MLPs learn less as the task's frequency rises
                vary: { train.M: [10, 7, 4] }
                train: { lr: 0.002 }
                expect: decreasing
              - claim: Three inputs
                train: { d: 3, steps: 10 }
                measure: shuffled:lz
                compare: [ { activation: relu, train.lr: 0.01 }, { activation: tanh } ]
                expect: less
            """);
        assertThat(f.claims()).extracting(ClaimEntry::error).containsOnlyNulls();
        Configuration relu = f.claims().get(0).plan().configurations().get(0);
        assertThat(relu.training().task().id()).isEqualTo("modulo");
        assertThat(relu.training().steps()).isEqualTo(3000);
        assertThat(relu.training().integer("M")).isEqualTo(10);
        ClaimPlan vary = f.claims().get(1).plan();
        assertThat(vary.configurations()).extracting(Configuration::label)
                .containsExactly("train.M 10", "train.M 7", "train.M 4");
        assertThat(vary.configurations()).extracting(c -> c.training().integer("M")).containsExactly(10, 7, 4);
        assertThat(vary.configurations()).extracting(c -> c.training().learningRate()).containsOnly(0.002);
        ClaimPlan three = f.claims().get(2).plan();
        assertThat(three.configurations()).extracting(c -> c.parameters().integer("inputs")).containsOnly(3);
        assertThat(three.configurations()).extracting(c -> c.training().learningRate()).containsExactly(0.01, 0.001);
        assertThat(three.configurations()).extracting(c -> c.training().steps()).containsOnly(10);
    }

    @Test
    void anUnknownTaskIsRefusedAtItsName() {
        assertThat(error("""
              - claim: bad
                train: { task: modulus }
                expect: { within: [0.9, 1] }
            """ + GOOD)).isEqualTo("specs/t.yaml:10:20: unknown task 'modulus' — expected one of modulo, image, colored-digits, modadd, finetune");
    }

    @Test
    void colorAccuracyOnATaskWithoutAColorSetIsRefusedAndColoredDigitsTakesIt() {
        assertThat(error("""
              - claim: bad
                measure: color-accuracy
                expect: { within: [0.9, 1] }
            """ + GOOD)).isEqualTo("specs/t.yaml:9:5: measure color-accuracy reads a color test set, which only task"
                + " colored-digits has; task modulo has none");
        SpecFile f = new SpecParser().parse("specs/c.yaml", """
                spec: Colored
                claims:
                  - claim: fine
                    train: { task: colored-digits, train: 100, test: 50 }
                    measure: color-accuracy
                    expect: { within: [0.9, 1] }
                """);
        assertThat(f.claims().get(0).error()).isNull();
        assertThat(f.claims().get(0).plan().configurations().get(0).parameters().integer("inputs")).isEqualTo(812);
    }

    @Test
    void anUnknownTaskKeyIsRefusedAtTheKey() {
        assertThat(error("""
              - claim: bad
                train: { Q: 3 }
                expect: { within: [0.9, 1] }
            """ + GOOD)).isEqualTo("specs/t.yaml:10:14: unknown key 'Q' of task modulo — expected one of task, N, M, d,"
                + " trainFraction, steps, lr, weightDecay");
    }

    @Test
    void stepsBelowOneAndANonPositiveLearningRateAreRefusedAtTheValue() {
        assertThat(error("""
              - claim: bad
                train: { steps: 0 }
                expect: { within: [0.9, 1] }
            """ + GOOD)).isEqualTo("specs/t.yaml:10:21: steps must be at least 1, got 0");
        assertThat(error("""
              - claim: bad
                vary: { train.lr: [0.1, -1] }
                expect: increasing
            """ + GOOD)).isEqualTo("specs/t.yaml:10:29: lr must be a positive number, got -1");
    }

    @Test
    void trainingKeysNeedATrainBlock() {
        SpecFile f = new SpecParser().parse("specs/u.yaml", """
                spec: Untrained
                claims:
                  - claim: bad
                    vary: { train.M: [10, 4] }
                    expect: increasing
                  - claim: also bad
                    measure: test-accuracy
                    expect: { within: [0, 1] }
                  - claim: fine
                    expect: { within: [0, 1000] }
                """);
        assertThat(f.claims().get(0).error().getMessage()).isEqualTo("specs/u.yaml:4:13: train.M changes the training,"
                + " but the claim has no train: block — add train: { task: modulo | image | colored-digits | modadd | finetune, … }");
        assertThat(f.claims().get(1).error().getMessage()).isEqualTo("specs/u.yaml:6:5: measure test-accuracy is a"
                + " measure of a training run — add train: { task: modulo | image | colored-digits | modadd | finetune, … }");
        assertThat(f.claims().get(2).error()).isNull();
        assertThat(List.of(f.claims().get(2).plan().configurations().get(0).trained())).containsExactly(false);
    }
}
