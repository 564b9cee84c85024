package dev.redshift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link TimeBudget}: the seconds left on a given clock, and durations as users write them. */
class TimeBudgetClockTest {

    @Test
    void secondsLeftCountFromTheStartOnTheGivenClock() {
        AtomicLong clock = new AtomicLong(5_000_000_000L);
        TimeBudget budget = new TimeBudget(Duration.ofSeconds(10), clock::get, 5_000_000_000L);
        assertThat(budget.secondsLeft()).isEqualTo(10.0);
        clock.set(7_500_000_000L);
        assertThat(budget.secondsLeft()).isEqualTo(7.5);
        clock.set(17_000_000_000L);
        assertThat(budget.secondsLeft()).isEqualTo(-2.0);
    }

    @Test
    void aBudgetStartingNowHasAboutItsWholeTotalLeft() {
        TimeBudget budget = TimeBudget.startingNow(Duration.ofMinutes(5));
        assertThat(budget.total()).isEqualTo(Duration.ofMinutes(5));
        assertThat(budget.secondsLeft()).isBetween(240.0, 300.0);
    }

    @Test
    void durationsParseAsUsersWriteThem() {
        assertThat(TimeBudget.parse("20m")).isEqualTo(Duration.ofMinutes(20));
        assertThat(TimeBudget.parse(" 90s ")).isEqualTo(Duration.ofSeconds(90));
        assertThat(TimeBudget.parse("1H30M")).isEqualTo(Duration.ofMinutes(90));
        assertThat(TimeBudget.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(TimeBudget.parse("45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(TimeBudget.parse("1.5")).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void anythingElseIsRefusedNamingWhatIsAllowed() {
        for (String bad : new String[] {"", "ten", "5 min", "-3", "1m1h", "m", "99999999999999999999h"}) {
            assertThatThrownBy(() -> TimeBudget.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a time budget is a duration such as 20m, 90s, 1h30m or seconds, got '" + bad + "'");
        }
        for (String zero : new String[] {"0", "0s", "0.0001", "0h0m"}) {
            assertThatThrownBy(() -> TimeBudget.parse(zero)).as(zero)
                    .hasMessage("a time budget must be positive, got '" + zero + "'");
        }
    }
}
