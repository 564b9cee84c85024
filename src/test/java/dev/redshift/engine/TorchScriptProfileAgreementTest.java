package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.eval.SamplerOptions;
import dev.redshift.spec.Profile;
import dev.redshift.spec.Profile.Property;
import dev.redshift.spec.Profile.Role;
import dev.redshift.spec.SourcePosition;
import dev.redshift.stats.ConfigurationEvidence;
import dev.redshift.stats.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The check that matters for architectures written in PyTorch (issue 12): the TorchScript ReLU and tanh MLP
 * fixtures, profiled on weight scale, get the verdicts the built-in {@code mlp} gets (and the paper predicts:
 * ReLU invariant and ReLU-like, tanh rising and tanh-like), and their complexity agrees with the built-in's at
 * every weight scale within the bounds.
 */
class TorchScriptProfileAgreementTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"relu, PASS, PASS, FAIL", "tanh, FAIL, FAIL, PASS"})
    void theTorchScriptMlpGetsTheBuiltInVerdictsAndComplexity(String activation, Verdict invariance,
            Verdict likeRelu, Verdict likeTanh) {
        Map<Role, ClaimOutcome> builtIn = weightScaleClaims(Profile.of("mlp", Map.of("activation", activation)));
        Map<Role, ClaimOutcome> scripted = weightScaleClaims(Profile.of("torchscript",
                Map.of("file", "examples/torchscript/" + activation + "-mlp.pt")));

        Map<Role, Verdict> expected = Map.of(Role.INVARIANCE, invariance, Role.LIKE_RELU, likeRelu,
                Role.LIKE_TANH, likeTanh);
        expected.forEach((role, verdict) -> {
            assertThat(builtIn.get(role).evidence().verdict()).as("built-in mlp, %s", role).isEqualTo(verdict);
            assertThat(scripted.get(role).evidence().verdict()).as("torchscript, %s", role).isEqualTo(verdict);
        });
        List<ConfigurationEvidence> a = builtIn.get(Role.INVARIANCE).evidence().configurations();
        List<ConfigurationEvidence> b = scripted.get(Role.INVARIANCE).evidence().configurations();
        for (int level = 0; level < a.size(); level++) {
            double gap = Math.abs(a.get(level).summary().mean() - b.get(level).summary().mean());
            double reach = halfWidth(a.get(level)) + halfWidth(b.get(level));
            assertThat(gap).as("%s: built-in %s against torchscript %s", a.get(level).label(),
                    a.get(level).bounds(), b.get(level).bounds()).isLessThan(reach);
        }
    }

    private static double halfWidth(ConfigurationEvidence c) {
        return (c.bounds().upper() - c.bounds().lower()) / 2;
    }

    private static Map<Role, ClaimOutcome> weightScaleClaims(Profile profile) {
        ClaimRunner runner = new ClaimRunner(SamplerOptions.defaults());
        Map<Role, ClaimOutcome> out = new EnumMap<>(Role.class);
        for (Profile.Entry e : profile.entries()) {
            if (e.property() == Property.WEIGHT_SCALE) {
                out.put(e.role(), runner.run(e.claim().build("profile", new SourcePosition("profile.yaml", 1, 1)),
                        look -> { }));
            }
        }
        return out;
    }
}
