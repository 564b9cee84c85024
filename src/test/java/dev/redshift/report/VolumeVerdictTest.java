package dev.redshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecParser;
import dev.redshift.stats.Evidence;
import dev.redshift.stats.Interval;
import dev.redshift.stats.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The "paper vs blog" paragraph: every sentence follows the verdicts of the claims it names, never a fixed text. */
class VolumeVerdictTest {

    private static List<ClaimPlan> plans() throws IOException {
        List<ClaimPlan> plans = new ArrayList<>();
        for (String spec : List.of("specs/local-volume.yaml", "specs/local-volume-training.yaml")) {
            new SpecParser().parse(spec, Files.readString(Path.of(spec))).claims().forEach(c -> plans.add(c.plan()));
        }
        return plans;
    }

    private static List<ClaimOutcome> outcomes(Function<ClaimPlan, Verdict> verdict) throws IOException {
        return plans().stream().map(p -> new ClaimOutcome(p, new Evidence(verdict.apply(p), "e", 0.95, "s", 1.5,
                new Interval(1, 2), 0, List.of(), 8, 1, OptionalInt.empty(), "sentence"), List.of(), List.of(), 0))
                .toList();
    }

    private static String paragraph(Function<ClaimPlan, Verdict> verdict) throws IOException {
        return VolumeVerdict.paragraph(outcomes(verdict)).orElseThrow();
    }

    @Test
    void eachSentenceStatesTheVerdictOfTheClaimsItNames() throws IOException {
        String allFail = paragraph(p -> Verdict.FAIL);
        assertThat(allFail).contains("tanh, sigmoid and Gaussian lose more log-volume with weight scale than ReLU and"
                + " GELU): does not hold (all 6 claims FAIL) (“Tanh log-volume falls with weight scale more than ReLU's"
                + " does” FAIL, 1.5;");
        assertThat(allFail).contains("so under our exact procedure the blog's observation holds");
        // one interaction claim passing makes that sentence mixed, and nothing else of it is fixed
        String onePass = paragraph(p -> p.name().equals("Tanh log-volume falls with weight scale more than ReLU's"
                + " does") ? Verdict.PASS : Verdict.FAIL);
        assertThat(onePass).contains("GELU): is mixed (1 PASS, 5 FAIL, 0 INCONCLUSIVE)");
        String falls = paragraph(p -> p.findings().contains("blog-4") ? Verdict.PASS : Verdict.FAIL);
        assertThat(falls).contains("the fall holds (all 11 claims PASS), so under our exact procedure the blog's"
                + " non-replication does not replicate: log-volume does fall");
        // the grokking claim measures no volume but decides a blog statement: it is in the paragraph
        assertThat(paragraph(p -> Verdict.PASS)).contains("“GELU groks modular addition more often than ReLU” PASS");
    }

    @Test
    void aPassWhoseControlDidNotFailIsSaidToBeNoEvidence() throws IOException {
        String backed = paragraph(p -> p.controls() != null ? Verdict.FAIL : Verdict.PASS);
        assertThat(backed).contains("with test accuracy, within a margin of 0): holds (PASS) (")
                .contains("its control “Control: across runs and activations, the final test accuracy does not"
                        + " predict grokking” FAIL, 1.5, as it should");
        String unbacked = paragraph(p -> Verdict.PASS);
        assertThat(unbacked).contains("with test accuracy, within a margin of 0): holds (PASS), but a control"
                + " did not FAIL").contains("not rejected, so a PASS would be no evidence");
    }

    @Test
    void theDroppedNetworkMechanismIsOurHypothesisWithItsEvidence() throws IOException {
        Map<Verdict, String> reading = Map.of(Verdict.FAIL, "which supports it", Verdict.PASS,
                "which speaks against it", Verdict.INCONCLUSIVE, "whether it drops networks is undecided here");
        for (Verdict v : Verdict.values()) {
            String text = paragraph(p -> p.measureNames().contains("local-volume-dropped") ? v : Verdict.INCONCLUSIVE);
            assertThat(text).contains("Why the blog saw no fall is our hypothesis, not the blog's text")
                    .contains(reading.get(v));
        }
    }

    @Test
    void aRunWithoutLocalVolumeClaimsHasNoParagraph() {
        assertThat(VolumeVerdict.paragraph(List.of())).isEmpty();
    }
}
