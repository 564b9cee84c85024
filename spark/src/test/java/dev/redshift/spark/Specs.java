package dev.redshift.spark;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.engine.ClaimRunner;
import dev.redshift.engine.SampleExecutor;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small specs of each kind of claim, written where an executor can read them, and runs of them. */
final class Specs {

    static final String UNTRAINED = """
            spec: Untrained on Spark
            defaults:
              with: { activation: tanh, depth: 2, width: 16 }
              measure: lz
              grid: 16
              samples: { min: 16, max: 96 }
              seed: 5
            claims:
              - claim: Tanh LZ rises with weight magnitude
                vary: { weightScale: [1, 1.2, 8] }
                expect: increasing
              - claim: ReLU is simpler than tanh along a slope
                compare: [ { activation: relu }, { activation: tanh } ]
                slope: { weightScale: [1, 4] }
                expect: less
            """;

    static final String TRAINED = """
            spec: Trained on Spark
            defaults:
              with: { activation: relu, depth: 2, width: 16 }
              train: { task: modulo, N: 8, M: 8, steps: 40, lr: 0.02 }
              measure: train-accuracy
              grid: 16
              samples: { min: 4, max: 8 }
              seed: 5
            claims:
              - claim: ReLU fits its training points better than tanh
                compare: [ { activation: relu }, { activation: tanh } ]
                expect: greater
            """;

    static final String DECODING = """
            spec: Decoding on Spark
            defaults:
              network: gpt2
              with: { vocab: 64, context: 32, width: 16, heads: 2, depth: 2, tokens: 24, policy: fresh }
              measure: lz
              samples: { min: 8, max: 16 }
              seed: 5
            claims:
              - claim: GPT-2 LZ rises with the layer-norm scale
                vary: { lnScale: [1, 16] }
                expect: increasing
            """;

    private Specs() {
    }

    /** Writes a spec under {@code dir} and returns its path. */
    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Claim {@code index} of the spec file, parsed as the engine parses it. */
    static ClaimPlan plan(Path spec, int index) {
        try {
            return new SpecParser().parse(spec.toString(), Files.readString(spec)).claims().get(index).plan();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The claim run in process. */
    static ClaimOutcome inProcess(ClaimPlan plan) {
        return new ClaimRunner(SamplerOptions.defaults()).run(plan, e -> { });
    }

    /** The claim run on an executor. */
    static ClaimOutcome on(SampleExecutor executor, ClaimPlan plan) {
        return new ClaimRunner(SamplerOptions.defaults(), null, executor).run(plan, e -> { });
    }

    /** Loopback-only Spark settings for tests (README, Beyond one machine). */
    static void loopback() {
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
        System.setProperty("spark.ui.enabled", "false");
    }
}
