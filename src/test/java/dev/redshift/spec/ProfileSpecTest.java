package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redshift.stats.Expectation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code profile: ID} in a spec: Table 1's properties the family has, as claims declared at the family's name. */
class ProfileSpecTest {

    private static SpecFile parse(String text) {
        return new SpecParser().parse("specs/profile.yaml", text);
    }

    @Test
    void anMlpProfileHasEveryPropertyAndTheComparisonsWithReluAndTanh() {
        SpecFile file = parse("""
                spec: Profile of a tanh MLP
                profile: mlp
                defaults:
                  with: { activation: tanh, width: 32 }
                """);
        assertThat(file.claims()).allSatisfy(c -> {
            assertThat(c.error()).isNull();
            assertThat(c.position()).isEqualTo(new SourcePosition("specs/profile.yaml", 2, 10));
            assertThat(c.tags()).contains(Profile.TAG);
            assertThat(c.name()).startsWith("mlp tanh: ");
        });
        assertThat(file.claims()).extracting(ClaimEntry::name).containsExactly(
                "mlp tanh: complexity is invariant to weight scale",
                "mlp tanh: complexity responds to weight scale like a relu MLP's",
                "mlp tanh: complexity responds to weight scale like a tanh MLP's",
                "mlp tanh: complexity is invariant to depth",
                "mlp tanh: complexity responds to depth like a relu MLP's",
                "mlp tanh: complexity responds to depth like a tanh MLP's",
                "mlp tanh: complexity is invariant to width",
                "mlp tanh: complexity is invariant to bias scale",
                "mlp tanh: layer norm lowers complexity",
                "mlp tanh: residual connections lower complexity");
        ClaimPlan likeRelu = file.claims().get(1).plan();
        assertThat(likeRelu.configurations()).hasSize(2);
        assertThat(likeRelu.configurations().get(1).parameters().asMap())
                .containsEntry("activation", "relu").containsEntry("width", 32).containsEntry("depth", 3);
        assertThat(likeRelu.configurations().get(0).parameters().asMap()).containsEntry("activation", "tanh");
        assertThat(likeRelu.expectation()).isInstanceOf(Expectation.Equivalent.class);
        ClaimPlan depth = file.claims().get(3).plan();
        assertThat(depth.configurations()).extracting(c -> c.parameters().asMap().get("weightScale"))
                .containsOnly(Profile.DEPTH_WEIGHT_SCALE);
    }

    @Test
    void aTorchScriptProfileHasOnlyThePropertiesTheModuleHasParametersFor() {
        SpecFile file = parse("""
                spec: Profile of a module
                profile: torchscript
                defaults:
                  with: { file: ../examples/torchscript/tanh-mlp.pt }
                """);
        assertThat(file.claims()).extracting(ClaimEntry::name).containsExactly(
                "torchscript tanh-mlp.pt: complexity is invariant to weight scale",
                "torchscript tanh-mlp.pt: complexity responds to weight scale like a relu MLP's",
                "torchscript tanh-mlp.pt: complexity responds to weight scale like a tanh MLP's",
                "torchscript tanh-mlp.pt: complexity is invariant to bias scale");
        assertThat(file.claims().get(2).plan().configurations()).extracting(Configuration::network)
                .containsExactly("torchscript", "mlp");
    }

    @Test
    void theSameProfileDrawsTheSameNetworksWhicheverFileDeclaresIt() {
        String text = "spec: A\nprofile: mlp\n";
        List<Long> seeds = parse(text).claims().stream().map(c -> c.plan().seed()).toList();
        List<Long> elsewhere = new SpecParser().parse("reports/elsewhere/profile.yaml", text).claims().stream()
                .map(c -> c.plan().seed()).toList();
        assertThat(elsewhere).isEqualTo(seeds).doesNotHaveDuplicates();
    }

    @Test
    void anUnknownFamilyIsRefusedAtItsNameListingTheKnownOnes() {
        assertThatThrownBy(() -> parse("spec: A\nprofile: resnet\n"))
                .isInstanceOf(SpecException.class)
                .hasMessageStartingWith("specs/profile.yaml:2:10: unknown network 'resnet'")
                .hasMessageContaining("torchscript");
    }

    @Test
    void anUnknownParameterIsRefusedAtItsPosition() {
        assertThatThrownBy(() -> parse("spec: A\nprofile: torchscript\ndefaults:\n  with: { activation: relu }\n"))
                .isInstanceOf(SpecException.class)
                .hasMessageStartingWith("specs/profile.yaml:4:11: unknown parameter 'activation' of network torchscript");
    }

    @Test
    void aMissingModuleFileIsRefusedAtItsPath() {
        assertThatThrownBy(() -> parse("spec: A\nprofile: torchscript\ndefaults:\n  with: { file: nope.pt }\n"))
                .isInstanceOf(SpecException.class)
                .hasMessageStartingWith("specs/profile.yaml:4:17: file: no such file 'nope.pt'");
    }

    @Test
    void aProfilesDefaultsTakeOnlyTheProfiledConfiguration() {
        assertThatThrownBy(() -> parse("spec: A\nprofile: mlp\ndefaults:\n  samples: { min: 8, max: 16 }\n"))
                .isInstanceOf(SpecException.class)
                .hasMessageStartingWith("specs/profile.yaml:4:3: a profile's defaults take only with:");
    }

    @Test
    void aFamilyWithoutWeightScaleIsRefusedSayingWhichOnesAProfileTakes() {
        assertThatThrownBy(() -> parse("spec: A\nprofile: gpt2\n"))
                .isInstanceOf(SpecException.class)
                .hasMessageStartingWith("specs/profile.yaml:2:10: network gpt2 has no weightScale parameter");
    }

    @Test
    void theExampleProfileSpecParsesIntoTheModulesClaims() throws java.io.IOException {
        SpecFile file = new SpecParser().parse("examples/profile-torchscript.yaml",
                java.nio.file.Files.readString(java.nio.file.Path.of("examples/profile-torchscript.yaml")));
        assertThat(file.claims()).hasSize(4).allSatisfy(c -> assertThat(c.error()).isNull());
        assertThat(file.claims().get(0).plan().configurations().get(0).parameters().toString())
                .contains("file=examples/torchscript/residual-ln-mlp.pt@sha256:");
    }
}
