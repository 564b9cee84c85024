package dev.redshift.engine;

import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecParser;
import java.util.Locale;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * What the engine and command-line tests share: small spec files (tanh MLPs of depth 2 and width 16 on a 16×16
 * grid under LZ, seconds a claim), their plans, and the engine under the test kit without console output.
 */
public final class EngineFixture {

    /** A claim that holds for these networks: tanh LZ rises from weight scale 1 to 8. */
    public static final String TANH_RISES = """
              - claim: Tanh LZ rises with weight magnitude
                vary: { weightScale: [1, 8] }
                expect: increasing
            """;

    private EngineFixture() {
    }

    /**
     * A spec of small tanh networks.
     *
     * @param title the spec's title
     * @param minSamples the least networks per configuration
     * @param maxSamples the most networks per configuration
     * @param seed the spec's seed
     * @param claims the entries under {@code claims:}, indented as in a spec file
     */
    public static String smallSpec(String title, int minSamples, int maxSamples, int seed, String claims) {
        return String.format(Locale.ROOT, """
                spec: %s
                defaults:
                  with: { activation: tanh, depth: 2, width: 16 }
                  measure: lz
                  grid: 16
                  samples: { min: %d, max: %d }
                  seed: %d
                claims:
                """, title, minSamples, maxSamples, seed) + claims;
    }

    /** The plan of a spec's claim, the spec read as if from {@code path} (seeds derive from it). */
    public static ClaimPlan plan(String path, String spec, int claim) {
        return new SpecParser().parse(path, spec).claims().get(claim).plan();
    }

    /** The redshift engine under the test kit, printing nothing. */
    public static EngineTestKit.Builder engine() {
        return EngineTestKit.engine(RedshiftTestEngine.ID).configurationParameter(EngineSettings.CONSOLE, "quiet");
    }
}
