package dev.redshift.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecParser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cache key changes with everything that decides a network's values, and with nothing else. */
class SampleKeyTest {

    private static final String BASE = """
            spec: Keys
            defaults:
              network: mlp
              with: { activation: relu, depth: 3, width: 32, weightScale: 1, biasScale: 1 }
              measure: { name: chebyshev, maxOrder: 20 }
              grid: 32
              seed: 7
              samples: { min: 16, max: 32 }
            claims:
              - claim: A claim
                expect: { within: [0, 100] }
            """;

    private static SampleKey key(String spec, String device) {
        ClaimPlan plan = new SpecParser().parse("specs/keys.yaml", spec).claims().get(0).plan();
        return SampleKey.of(plan.sampled().get(0), plan, device);
    }

    private static SampleKey key(String spec) {
        return key(spec, "cpu");
    }

    @Test
    void theSameConfigurationParsedTwiceHasTheSameKey() {
        assertThat(key(BASE).id()).isEqualTo(key(BASE).id()).hasSize(64);
    }

    @Test
    void changingAnythingThatDecidesTheValuesChangesTheKey() {
        Map<String, SampleKey> changed = new LinkedHashMap<>();
        changed.put("family", key(BASE.replace("network: mlp", "network: fourier-unbiased")
                .replace("with: { activation: relu, depth: 3, width: 32, weightScale: 1, biasScale: 1 }", "")));
        changed.put("activation", key(BASE.replace("activation: relu", "activation: tanh")));
        changed.put("depth", key(BASE.replace("depth: 3", "depth: 4")));
        changed.put("width", key(BASE.replace("width: 32", "width: 33")));
        changed.put("weightScale", key(BASE.replace("weightScale: 1,", "weightScale: 1.0000001,")));
        changed.put("biasScale", key(BASE.replace("biasScale: 1 }", "biasScale: 2 }")));
        changed.put("a default-valued parameter given", key(BASE.replace("biasScale: 1 }", "biasScale: 1, gating: true }")));
        changed.put("measure", key(BASE.replace("name: chebyshev", "name: legendre")));
        changed.put("measure option", key(BASE.replace("maxOrder: 20", "maxOrder: 21")));
        changed.put("polynomial method", key(BASE.replace("maxOrder: 20", "maxOrder: 20, method: quadrature")));
        changed.put("grid", key(BASE.replace("grid: 32", "grid: 33")));
        changed.put("seed", key(BASE.replace("seed: 7", "seed: 8")));
        changed.put("device", key(BASE, "gpu"));
        changed.put("training", key(BASE.replace("measure: { name: chebyshev, maxOrder: 20 }",
                "measure: test-accuracy\n  train: { task: modulo, M: 10, steps: 3, lr: 0.001 }")));
        changed.put("training steps", key(BASE.replace("measure: { name: chebyshev, maxOrder: 20 }",
                "measure: test-accuracy\n  train: { task: modulo, M: 10, steps: 4, lr: 0.001 }")));
        SampleKey base = key(BASE);
        changed.put("code version", new SampleKey("0/" + CodeFingerprint.current(), base.network(), base.parameters(),
                base.training(), base.measures(), base.grid(), base.seed(), base.device()));
        changed.put("code fingerprint", new SampleKey(SampleKey.CODE_VERSION + "/0000000000000000", base.network(),
                base.parameters(), base.training(), base.measures(), base.grid(), base.seed(), base.device()));

        changed.forEach((what, k) -> assertThat(k.id()).as(what).isNotEqualTo(base.id()));
        assertThat(changed.values().stream().map(SampleKey::id).distinct()).hasSize(changed.size());
    }

    @Test
    void theBudgetTheClaimAndItsExpectationAreNotPartOfTheKey() {
        // a claim whose budget, name or expectation changes re-uses the networks it already has
        String other = BASE.replace("max: 32", "max: 64").replace("A claim", "Another name")
                .replace("{ within: [0, 100] }", "{ within: [1, 2] }");
        assertThat(key(other).id()).isEqualTo(key(BASE).id());
    }

    @Test
    void theKeyNamesTheCodeVersionAndFingerprint() {
        assertThat(key(BASE).canonical()).startsWith("code=" + SampleKey.CODE_VERSION + "/" + CodeFingerprint.current())
                .contains("seed=7", "grid=32", "device=cpu", "activation=relu", "maxOrder=20");
        assertThat(CodeFingerprint.current()).matches("[0-9a-f]{16}");
    }

    @Test
    void aTorchScriptModulesContentIsInTheKeySoAChangedFileIsAnotherKey(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path module = dir.resolve("module.pt");
        java.nio.file.Files.copy(java.nio.file.Path.of("examples/torchscript/relu-mlp.pt"), module);
        String spec = BASE.replace("network: mlp", "network: torchscript")
                .replace("activation: relu, depth: 3, width: 32, ", "file: '" + module + "', ")
                .replace("{ name: chebyshev, maxOrder: 20 }", "fourier");
        SampleKey before = key(spec);
        assertThat(key(spec).id()).isEqualTo(before.id());
        java.nio.file.Files.copy(java.nio.file.Path.of("examples/torchscript/tanh-mlp.pt"), module,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        SampleKey after = key(spec);
        assertThat(after.id()).as("same path, other content").isNotEqualTo(before.id());
        assertThat(after.parameters()).contains(module + "@sha256:");
    }
}
