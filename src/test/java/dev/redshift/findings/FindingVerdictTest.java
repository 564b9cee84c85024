package dev.redshift.findings;

import static dev.redshift.stats.Verdict.FAIL;
import static dev.redshift.stats.Verdict.INCONCLUSIVE;
import static dev.redshift.stats.Verdict.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.stats.Verdict;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roll-up of a finding's claims into one verdict. */
class FindingVerdictTest {

    private static List<Encoding> of(Verdict... verdicts) {
        return Arrays.stream(verdicts).map(v -> new Encoding("c", "specs/a.yaml:1", v)).toList();
    }

    @Test
    void aFindingNoClaimOfTheRunEncodesIsNotEncoded() {
        assertThat(FindingVerdict.of(List.of())).isEqualTo(FindingVerdict.NOT_ENCODED);
    }

    @Test
    void aFindingHoldsOnlyWhenEveryEncodingPasses() {
        assertThat(FindingVerdict.of(of(PASS))).isEqualTo(FindingVerdict.HELD);
        assertThat(FindingVerdict.of(of(PASS, PASS, PASS))).isEqualTo(FindingVerdict.HELD);
        assertThat(FindingVerdict.of(of(PASS, PASS, INCONCLUSIVE))).isEqualTo(FindingVerdict.HELD_IN_PART);
    }

    @Test
    void passesBesideFailsAreMixedAndFailsWithoutPassesAreAgainst() {
        assertThat(FindingVerdict.of(of(PASS, FAIL))).isEqualTo(FindingVerdict.MIXED);
        assertThat(FindingVerdict.of(of(PASS, FAIL, INCONCLUSIVE))).isEqualTo(FindingVerdict.MIXED);
        assertThat(FindingVerdict.of(of(FAIL))).isEqualTo(FindingVerdict.AGAINST);
        assertThat(FindingVerdict.of(of(FAIL, INCONCLUSIVE))).isEqualTo(FindingVerdict.AGAINST);
    }

    @Test
    void onlyUndecidedEncodingsLeaveTheFindingUndecided() {
        assertThat(FindingVerdict.of(of(INCONCLUSIVE, INCONCLUSIVE))).isEqualTo(FindingVerdict.UNDECIDED);
    }

    @Test
    void aPassBesideAControlThatDidNotFailIsNoEvidence() {
        List<Encoding> uncontrolled = List.of(new Encoding("c", "a:1", PASS, true, false));
        assertThat(FindingVerdict.of(uncontrolled)).isEqualTo(FindingVerdict.UNDECIDED);
        assertThat(FindingVerdict.of(List.of(new Encoding("c", "a:1", PASS, true, false),
                new Encoding("d", "a:2", PASS)))).isEqualTo(FindingVerdict.HELD_IN_PART);
    }

    @Test
    void failsThatAllDependOnTheReadingAreApartFromFailsUnderEveryReading() {
        Encoding readingFail = new Encoding("c", "a:1", FAIL, false, true);
        assertThat(FindingVerdict.of(List.of(readingFail))).isEqualTo(FindingVerdict.DEPENDS_ON_READING);
        assertThat(FindingVerdict.of(List.of(readingFail, new Encoding("d", "a:2", FAIL))))
                .isEqualTo(FindingVerdict.AGAINST);
        assertThat(FindingVerdict.of(List.of(readingFail, new Encoding("d", "a:2", PASS))))
                .isEqualTo(FindingVerdict.MIXED);
    }
}
