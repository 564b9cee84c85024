package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Golden values worked out apart from this code (Python's hashlib and the SplitMix64 finaliser). */
class SeedsTest {

    @Test
    void aClaimsDefaultSeedIsTheFirstEightBytesOfSha256OfPathAndName() {
        // sha256("specs/x.yaml#A claim")[0:8] as a big-endian long, sign bit cleared
        assertThat(Seeds.of("specs/x.yaml", "A claim")).isEqualTo(92698668741708911L);
    }

    @Test
    void configurationSeedsMatchGoldenValuesAndDiffer() {
        assertThat(Seeds.ofConfiguration(11, 0)).isEqualTo(5833679380957638813L);
        assertThat(Seeds.ofConfiguration(11, 1)).isEqualTo(4839782808629744545L);
        Set<Long> seen = new HashSet<>();
        for (long claim = 0; claim < 50; claim++) {
            for (int c = 0; c < 20; c++) {
                long s = Seeds.ofConfiguration(claim, c);
                assertThat(s).isNotNegative();
                assertThat(seen.add(s)).as("configuration %d of claim seed %d", c, claim).isTrue();
            }
        }
    }

    @Test
    void anOverrideCombinesWithTheClaimsIdentity() {
        long a = Seeds.overridden(7, "specs/x.yaml", "a");
        assertThat(a).isNotEqualTo(Seeds.overridden(7, "specs/x.yaml", "b"))
                .isNotEqualTo(Seeds.overridden(7, "specs/y.yaml", "a"))
                .isNotEqualTo(Seeds.overridden(8, "specs/x.yaml", "a"))
                .isNotEqualTo(Seeds.of("specs/x.yaml", "a"))
                .isNotNegative();
        assertThat(a).isEqualTo(Seeds.overridden(7, "specs/x.yaml", "a"));
    }
}
