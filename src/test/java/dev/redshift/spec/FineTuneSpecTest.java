package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FineTuneSpecTest {

    private static final String HEAD = """
            spec: Fine-tuning
            defaults:
              network: mlp
              with: { activation: relu, depth: 2, width: 8 }
              train: { task: finetune, pretrainSteps: 40, steps: 10 }
              measure: fourier
              samples: { min: 4, max: 8 }
            claims:
            """;

    private static SpecFile parse(String claims) {
        return new SpecParser().parse("specs/f.yaml", HEAD + claims);
    }

    @Test
    void levelsOfPretrainingAndShuffleAreTheSameRunsStartedDifferently() {
        SpecFile f = parse("""
              - claim: pretraining
                vary: { train.pretrainSteps: [0, 40] }
                expect: invariant
                margin: 1
              - claim: shuffle
                vary: { train.shuffle: [false, true] }
                expect: invariant
                margin: 1
              - claim: frequencies are independent draws
                vary: { train.frequency: [1, 2] }
                expect: increasing
            """);
        assertThat(f.claims()).extracting(ClaimEntry::error).containsOnlyNulls();
        for (int c = 0; c < 2; c++) {
            List<Configuration> levels = f.claims().get(c).plan().configurations();
            assertThat(levels).extracting(Configuration::seed).containsOnly(levels.get(0).seed());
        }
        assertThat(f.claims().get(0).plan().configurations()).extracting(cf -> cf.training().integer("pretrainSteps"))
                .containsExactly(0, 40);
        assertThat(f.claims().get(2).plan().configurations()).extracting(Configuration::seed).doesNotHaveDuplicates();
    }

    @Test
    void aSlopeOverATrainingKeyChangesTheTrainingOfEachLevelOnOneSeed() {
        SpecFile f = parse("""
              - claim: retained more by tanh
                compare: [ { activation: tanh }, { activation: relu } ]
                slope: { train.pretrainSteps: [0, 40], scale: linear }
                expect: greater
            """);
        assertThat(f.claims().get(0).error()).isNull();
        ClaimPlan plan = f.claims().get(0).plan();
        LevelSummary summary = (LevelSummary) plan.summary();
        assertThat(summary.parameter()).isEqualTo("train.pretrainSteps");
        for (List<Configuration> levels : summary.levels()) {
            assertThat(levels).extracting(c -> c.training().integer("pretrainSteps")).containsExactly(0, 40);
            assertThat(levels).extracting(Configuration::seed).containsOnly(levels.get(0).seed());
            assertThat(levels).extracting(c -> c.training().steps()).containsOnly(10);
        }
        assertThat(summary.levels().get(0).get(0).parameters().asMap().get("activation").toString())
                .isEqualToIgnoringCase("tanh");
    }

    @Test
    void aSlopeOverAnUnknownTrainingKeyIsRefusedAtTheKey() {
        SpecFile f = parse("""
              - claim: bad
                compare: [ { activation: tanh }, { activation: relu } ]
                slope: { train.warmup: [0, 40] }
                expect: greater
            """);
        assertThat(f.claims().get(0).error().getMessage()).startsWith("specs/f.yaml:11:14: unknown key 'warmup' of"
                + " task finetune — expected one of task, pretrainFrequency");
    }

    @Test
    void aSlopeOverAShuffleIsRefusedForItsLevelsAreNotNumbers() {
        SpecFile f = parse("""
              - claim: bad
                compare: [ { activation: tanh }, { activation: relu } ]
                slope: { train.shuffle: [false, true] }
                expect: greater
            """);
        assertThat(f.claims().get(0).error().getMessage()).contains("slope levels must be numbers");
    }
}
