package dev.redshift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SamplesBudgetTest {

    @Test
    void aClaimsBudgetIsCheckedAgainstTheLimitBeforeAnythingIsConverted() {
        assertThatThrownBy(() -> SamplesBudget.of(100_000_000_000L, 100_000_000_000L))
                .hasMessage("samples.max 100000000000 exceeds the limit of 1000000 networks per configuration");
        assertThat(SamplesBudget.of(32, 1_000_000)).isEqualTo(new SamplesBudget(32, 1_000_000));
    }

    @Test
    void aScaleThatTakesABudgetPastTheLimitIsRefused() {
        assertThatThrownBy(() -> new SamplesBudget(32, 400).scaled(1e4))
                .hasMessage("samples.max 400 scaled by 10000.0 is 4000000 networks, over the limit of 1000000 per"
                        + " configuration");
        assertThat(new SamplesBudget(32, 400).scaled(2500)).isEqualTo(new SamplesBudget(80_000, 1_000_000));
    }
}
