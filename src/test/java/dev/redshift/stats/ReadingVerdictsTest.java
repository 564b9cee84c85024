package dev.redshift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** How per-reading verdicts combine: robust when all agree, else depends; one verdict and one evidence sentence. */
class ReadingVerdictsTest {

    private static Evidence evidence(Verdict v, double estimate, int networks, int looks) {
        return new Evidence(v, "greater", 0.975, "a − b", estimate, new Interval(estimate - 1, estimate + 1), 0,
                List.of(), networks, looks, v == Verdict.INCONCLUSIVE ? OptionalInt.of(40) : OptionalInt.empty(),
                "a exceeds b by " + estimate);
    }

    private static ReadingVerdicts of(Evidence... e) {
        return new ReadingVerdicts(List.of("fourier", "fourier {dc: include}").subList(0, e.length), List.of(e));
    }

    @Test
    void agreeingReadingsAreRobustAndKeepTheirVerdict() {
        ReadingVerdicts pass = of(evidence(Verdict.PASS, 2, 16, 2), evidence(Verdict.PASS, 3, 32, 3));
        assertThat(pass.robustness()).isEqualTo(ReadingVerdicts.Robustness.ROBUST_PASS);
        assertThat(pass.verdict()).isEqualTo(Verdict.PASS);
        assertThat(pass.describe()).isEqualTo("robust PASS (fourier: PASS, fourier {dc: include}: PASS)");
        ReadingVerdicts fail = of(evidence(Verdict.FAIL, -2, 16, 2), evidence(Verdict.FAIL, -3, 16, 2));
        assertThat(fail.robustness()).isEqualTo(ReadingVerdicts.Robustness.ROBUST_FAIL);
        assertThat(fail.verdict()).isEqualTo(Verdict.FAIL);
        ReadingVerdicts open = of(evidence(Verdict.INCONCLUSIVE, 0, 64, 4), evidence(Verdict.INCONCLUSIVE, 0, 64, 4));
        assertThat(open.robustness()).isEqualTo(ReadingVerdicts.Robustness.ROBUST_INCONCLUSIVE);
        assertThat(open.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(open.robustness().words()).isEqualTo("robust INCONCLUSIVE");
    }

    @Test
    void aFailUnderAnyReadingFailsTheClaimAndAPassBesideAnUndecidedOneDoesNot() {
        ReadingVerdicts mixed = of(evidence(Verdict.PASS, 2, 72, 4), evidence(Verdict.FAIL, 4, 32, 2));
        assertThat(mixed.robustness()).isEqualTo(ReadingVerdicts.Robustness.DEPENDS);
        assertThat(mixed.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(mixed.describe()).isEqualTo("depends on the reading (fourier: PASS, fourier {dc: include}: FAIL)");
        Evidence combined = mixed.combined();
        assertThat(combined.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(combined.estimate()).isEqualTo(4);
        assertThat(combined.networksPerConfiguration()).isEqualTo(72);
        assertThat(combined.looks()).isEqualTo(4);
        assertThat(combined.additionalNetworks()).isEmpty();
        assertThat(combined.sentence()).isEqualTo("depends on the reading (fourier: PASS, fourier {dc: include}: FAIL)."
                + " Under fourier: a exceeds b by 2.0. Under fourier {dc: include}: a exceeds b by 4.0.");
        ReadingVerdicts undecided = of(evidence(Verdict.PASS, 2, 16, 2), evidence(Verdict.INCONCLUSIVE, 1, 64, 4));
        assertThat(undecided.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(undecided.robustness().words()).isEqualTo("depends on the reading");
        assertThat(undecided.combined().additionalNetworks()).hasValue(40);
        assertThat(undecided.combined().estimate()).isEqualTo(1);
    }

    @Test
    void everyReadingNeedsItsVerdict() {
        assertThatThrownBy(() -> new ReadingVerdicts(List.of("fourier"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("1 readings for 0 verdicts");
        assertThatThrownBy(() -> new ReadingVerdicts(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** An undecided reading that {@code n} more networks would likely decide as {@code leans}. */
    private static Evidence leaning(int n, Verdict leans) {
        return new Evidence(Verdict.INCONCLUSIVE, "invariant", 0.975, "a − b", 0, new Interval(-1, 1), 1, List.of(), 8,
                1, OptionalInt.of(n), "about " + n + " more", leans);
    }

    @Test
    void oneReadingIsProjectedAtWhatItNeeds() {
        assertThat(ReadingVerdicts.networksToDecide(List.of(leaning(94, Verdict.FAIL)))).hasValue(94);
        assertThat(ReadingVerdicts.networksToDecide(List.of(leaning(94, Verdict.PASS)))).hasValue(94);
    }

    @Test
    void underReadingsTheNearestFailDecidesTheClaim() {
        // one FAIL decides it: 137 more, not the 804 of the other reading
        assertThat(ReadingVerdicts.networksToDecide(List.of(leaning(804, Verdict.FAIL), leaning(137, Verdict.FAIL))))
                .hasValue(137);
        assertThat(ReadingVerdicts.networksToDecide(List.of(leaning(10_776, Verdict.FAIL), leaning(28, Verdict.PASS))))
                .hasValue(10_776);
        // the claim's combined evidence says the same, for the line "(about T at this run's rate)"
        assertThat(of(leaning(804, Verdict.FAIL), leaning(137, Verdict.FAIL)).combined().additionalNetworks())
                .hasValue(137);
    }

    @Test
    void readingsThatAllLeanToPassAreProjectedAtTheSlowest() {
        assertThat(ReadingVerdicts.networksToDecide(List.of(leaning(534, Verdict.PASS), leaning(80, Verdict.PASS))))
                .hasValue(534);
        // a reading decided sooner does not decide the claim while another is still on its way to a FAIL
        assertThat(ReadingVerdicts.networksToDecide(List.of(leaning(50, Verdict.PASS), leaning(900, Verdict.FAIL))))
                .hasValue(900);
    }

    @Test
    void readingsWithoutAProjectionProjectNothing() {
        Evidence boundary = new Evidence(Verdict.INCONCLUSIVE, "invariant", 0.975, "a − b", 0, new Interval(-1, 1), 1,
                List.of(), 8, 1, OptionalInt.empty(), "the estimate sits on the boundary");
        assertThat(ReadingVerdicts.networksToDecide(List.of(boundary))).isEmpty();
    }
}
