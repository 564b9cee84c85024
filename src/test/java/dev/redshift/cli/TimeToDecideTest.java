package dev.redshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many more networks an undecided claim's line prices at this run's rate. */
class TimeToDecideTest {

    private static String reading(long n, String leans) {
        return "after 8 networks; about " + n + " more networks per configuration would decide this and would likely "
                + leans + ".";
    }

    @Test
    void oneReadingIsPricedAtWhatItNeeds() {
        assertThat(CheckCommand.networksToDecide(reading(94, "FAIL"))).isEqualTo(94);
        assertThat(CheckCommand.networksToDecide(reading(94, "PASS"))).isEqualTo(94);
    }

    @Test
    void underReadingsTheNearestFailDecidesTheClaim() {
        // one FAIL decides it: 137 more, not the 804 of the other reading
        assertThat(CheckCommand.networksToDecide("Under fourier: " + reading(804, "FAIL")
                + " Under fourier {dc: include}: " + reading(137, "FAIL"))).isEqualTo(137);
        assertThat(CheckCommand.networksToDecide(reading(10_776, "FAIL") + reading(28, "PASS"))).isEqualTo(10_776);
    }

    @Test
    void readingsThatAllLeanToPassArePricedAtTheSlowest() {
        assertThat(CheckCommand.networksToDecide(reading(534, "PASS") + reading(80, "PASS"))).isEqualTo(534);
        // a reading decided sooner does not decide the claim while another is still on its way to a FAIL
        assertThat(CheckCommand.networksToDecide(reading(50, "PASS") + reading(900, "FAIL"))).isEqualTo(900);
    }

    @Test
    void aSentenceWithoutAProjectionIsPricedAtNothing() {
        assertThat(CheckCommand.networksToDecide("the estimate sits on the boundary; no feasible number of networks"
                + " would decide this")).isZero();
    }
}
