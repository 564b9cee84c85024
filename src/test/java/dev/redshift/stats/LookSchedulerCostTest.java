package dev.redshift.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What the scheduler takes a look to cost, and the time it keeps back to conclude the claims. */
class LookSchedulerCostTest {

    /** A claim of fixed looks whose every network costs {@code cost} seconds on the clock. */
    private static final class Fake implements LookScheduler.Claim {
        final AtomicLong clock;
        final double cost;
        final double rate;
        final double conclude;
        int looks;

        Fake(AtomicLong clock, double cost, double rate, double conclude) {
            this.clock = clock;
            this.cost = cost;
            this.rate = rate;
            this.conclude = conclude;
        }

        @Override
        public boolean finished() {
            return looks >= 10;
        }

        @Override
        public int nextLookSize() {
            return 10;
        }

        @Override
        public int left() {
            return 100;
        }

        @Override
        public int configurations() {
            return 2;
        }

        @Override
        public OptionalInt projected() {
            return OptionalInt.of(10);
        }

        @Override
        public double secondsPerNetwork() {
            return rate;
        }

        @Override
        public double concludeSeconds(double r) {
            return conclude;
        }

        @Override
        public void look() {
            clock.addAndGet((long) (nextLookSize() * configurations() * cost * 1e9));
            looks++;
        }
    }

    @Test
    void aClaimThatHasComputedNothingYetIsRatedAtTheOthersMedianNotAsFree() {
        AtomicLong clock = new AtomicLong();
        Fake measured = new Fake(clock, 1, 1, 0);
        Fake fromCache = new Fake(clock, 1, Double.NaN, 0);
        assertThat(LookScheduler.rate(fromCache, List.of(measured, fromCache))).isEqualTo(1);
        // a look of 10 networks × 2 configurations at 1 s each does not fit in 5 s, whichever claim it is
        assertThat(LookScheduler.pick(List.of(fromCache, measured), 5)).isNull();
        assertThat(LookScheduler.pick(List.of(fromCache, measured), 25)).isNotNull();
    }

    @Test
    void theTimeToConcludeEveryClaimIsKeptBackFromTheLooks() {
        AtomicLong clock = new AtomicLong();
        Fake a = new Fake(clock, 0.1, 0.1, 3);
        Fake b = new Fake(clock, 0.1, 0.1, 3);
        // 10 s: the two first looks take 4 s, 6 s are kept to conclude, so no further look fits
        new LookScheduler(new TimeBudget(Duration.ofSeconds(10), clock::get, 0)).run(List.of(a, b));
        assertThat(a.looks + b.looks).isEqualTo(2);
        // without anything to conclude the same budget takes three more looks of 2 s
        AtomicLong again = new AtomicLong();
        Fake c = new Fake(again, 0.1, 0.1, 0);
        Fake d = new Fake(again, 0.1, 0.1, 0);
        new LookScheduler(new TimeBudget(Duration.ofSeconds(10), again::get, 0)).run(List.of(c, d));
        assertThat(c.looks + d.looks).isEqualTo(5);
    }
}
