package dev.redshift.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's choices on claims whose costs are set by hand: which look fits the time left, that a claim a
 * projection decides within its cap goes before one none does, and that among equals the cheapest goes first.
 * ({@code SchedulerCalibrationTest} shows the verdicts stay valid; this shows the choices are the documented ones.)
 */
class LookSchedulerTest {

    /** A claim with fixed costs; each look moves a shared clock by the look's seconds and counts down to done. */
    private static final class Fixed implements LookScheduler.Claim {
        final String name;
        int nextLookSize = 8;
        int left = 100;
        int configurations = 1;
        OptionalInt projected = OptionalInt.empty();
        double secondsPerNetwork = 1;
        int looksToFinish = Integer.MAX_VALUE;
        boolean answersOpenQuestion = true;
        int looks;
        AtomicLong clock;
        List<String> log;

        Fixed(String name) {
            this.name = name;
        }

        @Override
        public boolean finished() {
            return looks >= looksToFinish;
        }

        @Override
        public int nextLookSize() {
            return nextLookSize;
        }

        @Override
        public int left() {
            return left;
        }

        @Override
        public int configurations() {
            return configurations;
        }

        @Override
        public OptionalInt projected() {
            return projected;
        }

        @Override
        public double secondsPerNetwork() {
            return secondsPerNetwork;
        }

        @Override
        public boolean answersOpenQuestion() {
            return answersOpenQuestion;
        }

        @Override
        public void look() {
            looks++;
            if (log != null) {
                log.add(name);
            }
            if (clock != null) {
                clock.addAndGet(Math.round(nextLookSize * configurations * secondsPerNetwork * 1e9));
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Test
    void noLookIsPickedWithoutTimeLeftEvenAFreeOne() {
        Fixed cached = new Fixed("cached");
        cached.secondsPerNetwork = 0;
        assertThat(LookScheduler.pick(List.of(cached), 0)).isNull();
        assertThat(LookScheduler.pick(List.of(cached), -3)).isNull();
        assertThat(LookScheduler.pick(List.of(cached), Double.NaN)).isNull();
        assertThat(LookScheduler.pick(List.of(cached), 1e-9)).isSameAs(cached);
    }

    @Test
    void finishedClaimsAreNeverPicked() {
        Fixed done = new Fixed("done");
        done.looksToFinish = 0;
        done.secondsPerNetwork = 0;
        Fixed open = new Fixed("open");
        open.secondsPerNetwork = 5;
        assertThat(LookScheduler.pick(List.of(done, open), 1000)).isSameAs(open);
        assertThat(LookScheduler.pick(List.of(done), 1000)).isNull();
    }

    @Test
    void aLookIsTakenOnlyWhenItsNetworksFitTheTimeLeft() {
        // 8 networks × 4 configurations × 0.5 s = 16 s for the next look
        Fixed c = new Fixed("c");
        c.configurations = 4;
        c.secondsPerNetwork = 0.5;
        assertThat(LookScheduler.pick(List.of(c), 16)).isSameAs(c);
        assertThat(LookScheduler.pick(List.of(c), 15.99)).isNull();
        assertThat(LookScheduler.pick(List.of(c), 4)).isNull();
    }

    @Test
    void aClaimSomeProjectionDecidesGoesBeforeACheaperLookNoneDoes() {
        Fixed far = new Fixed("far");
        far.projected = OptionalInt.of(100);
        far.left = 50;
        Fixed atItsCap = new Fixed("at its cap");
        atItsCap.projected = OptionalInt.of(40);
        atItsCap.left = 40;
        Fixed noProjection = new Fixed("no projection");
        noProjection.nextLookSize = 2;
        assertThat(LookScheduler.pick(List.of(far, noProjection, atItsCap), 1000)).isSameAs(atItsCap);
        assertThat(LookScheduler.pick(List.of(atItsCap, noProjection, far), 1000)).isSameAs(atItsCap);
        // one network past the cap changes nothing: no cliff at the cap
        atItsCap.left = 39;
        assertThat(LookScheduler.pick(List.of(far, atItsCap, noProjection), 1000)).isSameAs(atItsCap);
        assertThat(LookScheduler.pick(List.of(far, noProjection), 1000)).isSameAs(far);
    }

    @Test
    void aCheapClaimProjectedPastItsCapGoesBeforeACostlyUncappedOne() {
        Fixed cheap = new Fixed("cheap random networks"); // 900 × 2 × 0.02 s = 36 s, cap 368 networks away
        cheap.projected = OptionalInt.of(900);
        cheap.left = 368;
        cheap.configurations = 2;
        cheap.secondsPerNetwork = 0.02;
        Fixed trained = new Fixed("trained runs, max: auto"); // 400 × 2 × 5 s = 4,000 s
        trained.projected = OptionalInt.of(400);
        trained.left = Integer.MAX_VALUE;
        trained.configurations = 2;
        trained.secondsPerNetwork = 5;
        assertThat(LookScheduler.pick(List.of(trained, cheap), 10_000)).isSameAs(cheap);
    }

    @Test
    void amongReachableClaimsTheCheapestProjectedDecisionGoesFirst() {
        Fixed a = new Fixed("a"); // 30 networks × 2 configurations × 1 s = 60 s
        a.projected = OptionalInt.of(30);
        a.configurations = 2;
        Fixed b = new Fixed("b"); // 20 × 2 × 2 s = 80 s
        b.projected = OptionalInt.of(20);
        b.configurations = 2;
        b.secondsPerNetwork = 2;
        Fixed c = new Fixed("c"); // 50 × 1 × 1 s = 50 s
        c.projected = OptionalInt.of(50);
        assertThat(LookScheduler.pick(List.of(a, b, c), 1000)).isSameAs(c);
        assertThat(LookScheduler.pick(List.of(b, a), 1000)).isSameAs(a);
    }

    @Test
    void amongClaimsNoProjectionDecidesTheCheapestNextLookGoesFirst() {
        Fixed wide = new Fixed("wide"); // 10 networks × 1 s
        wide.nextLookSize = 10;
        Fixed slow = new Fixed("slow"); // 2 networks × 8 s
        slow.nextLookSize = 2;
        slow.secondsPerNetwork = 8;
        assertThat(LookScheduler.pick(List.of(slow, wide), 1000)).isSameAs(wide);
        assertThat(LookScheduler.pick(List.of(wide, slow), 1000)).isSameAs(wide);
    }

    @Test
    void aClaimThatWouldAnswerAnOpenQuestionGoesBeforeACheaperOneWhoseQuestionIsAnswered() {
        Fixed refines = new Fixed("a sibling of a decided finding"); // 10 × 1 s
        refines.projected = OptionalInt.of(10);
        refines.answersOpenQuestion = false;
        Fixed answers = new Fixed("the only claim of an undecided finding"); // 80 × 1 s
        answers.projected = OptionalInt.of(80);
        Fixed unprojected = new Fixed("open, but no projection decides it");
        unprojected.nextLookSize = 1;
        assertThat(LookScheduler.pick(List.of(refines, unprojected, answers), 1000)).isSameAs(answers);
        answers.looksToFinish = 0;
        assertThat(LookScheduler.pick(List.of(refines, unprojected, answers), 1000)).isSameAs(refines);
    }

    @Test
    void anOpenQuestionGoesFirstOnlyWhileItsProjectedDecisionFitsTheTimeLeft() {
        Fixed refines = new Fixed("refines"); // 10 × 1 s
        refines.projected = OptionalInt.of(10);
        refines.answersOpenQuestion = false;
        Fixed hopeless = new Fixed("measure-bound, open"); // 5,000 × 1 s, past the 1,000 s left
        hopeless.projected = OptionalInt.of(5_000);
        assertThat(LookScheduler.pick(List.of(hopeless, refines), 1000)).isSameAs(refines);
        assertThat(LookScheduler.pick(List.of(hopeless, refines), 6000)).isSameAs(hopeless);
    }

    @Test
    void tiesGoToTheFirstClaimInOrder() {
        Fixed first = new Fixed("first");
        Fixed second = new Fixed("second");
        assertThat(LookScheduler.pick(List.of(first, second), 1000)).isSameAs(first);
        first.projected = OptionalInt.of(5);
        second.projected = OptionalInt.of(5);
        assertThat(LookScheduler.pick(List.of(first, second), 1000)).isSameAs(first);
    }

    @Test
    void everyOpenClaimGetsItsFirstLookThenLooksGoWhereTheyAreCheapestUntilTimeRunsOut() {
        AtomicLong clock = new AtomicLong();
        List<String> log = new ArrayList<>();
        Fixed done = new Fixed("done");
        done.looksToFinish = 0;
        Fixed cheap = new Fixed("cheap"); // 8 s a look, decided at its third
        cheap.looksToFinish = 3;
        Fixed dear = new Fixed("dear"); // 16 s a look, never decided
        dear.secondsPerNetwork = 2;
        for (Fixed f : List.of(done, cheap, dear)) {
            f.clock = clock;
            f.log = log;
        }
        // 8 + 16 first looks, then 2 × 8 (cheap, now decided), then 16 + 16 for dear: 72 s; 80 s leave no 16 s look
        TimeBudget time = new TimeBudget(Duration.ofSeconds(80), clock::get, 0);
        int looks = new LookScheduler(time).run(List.of(done, cheap, dear));
        assertThat(log).containsExactly("cheap", "dear", "cheap", "cheap", "dear", "dear");
        assertThat(looks).isEqualTo(4);
        assertThat(done.looks).isZero();
        assertThat(time.secondsLeft()).isEqualTo(8.0);
    }

    @Test
    void withNoTimeAtAllEveryClaimStillGetsItsFirstLook() {
        AtomicLong clock = new AtomicLong(5_000_000_000L);
        Fixed a = new Fixed("a");
        Fixed b = new Fixed("b");
        TimeBudget spent = new TimeBudget(Duration.ofSeconds(1), clock::get, 0);
        assertThat(new LookScheduler(spent).run(List.of(a, b))).isZero();
        assertThat(a.looks).isEqualTo(1);
        assertThat(b.looks).isEqualTo(1);
    }
}
