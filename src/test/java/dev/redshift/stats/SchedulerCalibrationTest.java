package dev.redshift.stats;

import static dev.redshift.stats.Simulation.ALPHA;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The sequential test under the {@link LookScheduler}: claims share a simulated time budget too small for all of
 * them, the scheduler picks the next look from the data (it favours claims whose estimates look close to a
 * decision), and still no claim on the boundary is wrongly decided more often than α. Half of the null claims draw
 * their two configurations from shared random numbers (a paired design: network k of a and of b from the same
 * draws), decided on per-network differences like every comparison.
 */
class SchedulerCalibrationTest {

    private static final int BATCHES = 250;
    private static final double SECONDS_PER_NETWORK = 0.001;
    /** About a third of what running every claim to its cap would take. */
    private static final Duration BUDGET = Duration.ofSeconds(6);

    private enum Kind { GREATER_AT_ZERO, EQUIVALENT_AT_MARGIN, EFFECT }

    private record Result(Kind kind, boolean paired, Verdict verdict, int networks) {
    }

    /** A claim of the simulation: its plan, advanced on a simulated clock that each network moves on. */
    private static final class Simulated implements LookScheduler.Claim {
        final Kind kind;
        final boolean paired;
        final SequentialTest.Progress progress;
        final AtomicLong clock;
        /** The claims that answer the same question as this one (itself included): empty for a question of its own. */
        List<Simulated> question = List.of();

        Simulated(Kind kind, boolean paired, SequentialTest.Progress progress, AtomicLong clock) {
            this.kind = kind;
            this.paired = paired;
            this.progress = progress;
            this.clock = clock;
        }

        @Override
        public boolean finished() {
            return progress.finished();
        }

        @Override
        public int nextLookSize() {
            return progress.nextLookSize();
        }

        @Override
        public int left() {
            return progress.left();
        }

        @Override
        public int configurations() {
            return 2;
        }

        @Override
        public OptionalInt projected() {
            return progress.projected();
        }

        @Override
        public double secondsPerNetwork() {
            return SECONDS_PER_NETWORK;
        }

        @Override
        public boolean answersOpenQuestion() {
            return question.stream().noneMatch(c -> c != this && c.decided());
        }

        boolean decided() {
            return progress.evidence() != null && progress.evidence().verdict() != Verdict.INCONCLUSIVE;
        }

        @Override
        public void look() {
            int size = progress.evidence() == null ? Simulation.BUDGET.min() : progress.nextLookSize();
            clock.addAndGet((long) (size * 2 * SECONDS_PER_NETWORK * 1e9));
            progress.look();
        }

        Result result() {
            Evidence e = progress.evidence();
            return new Result(kind, paired, e.verdict(), e.networksPerConfiguration());
        }
    }

    /**
     * Two configurations whose network k shares a common part z_k (sd {@code shared}) and has its own noise: with
     * {@code paired} the common part is the same draw for both (common random numbers), else independent.
     */
    private static List<ValueSource> sources(long claim, boolean paired, double meanA, double meanB) {
        List<ValueSource> out = new ArrayList<>();
        double[] means = {meanA, meanB};
        for (int c = 0; c < 2; c++) {
            int configuration = c;
            out.add((first, count) -> {
                double[] v = new double[count];
                for (int k = 0; k < count; k++) {
                    long index = first + k;
                    SplittableRandom common = new SplittableRandom(claim * 1_000_003L
                            + (paired ? 0 : configuration + 1) * 7_919L + index * 0x9E3779B97F4A7C15L);
                    SplittableRandom own = new SplittableRandom(~(claim * 1_000_003L + configuration * 7_919L
                            + index * 0x9E3779B97F4A7C15L));
                    v[k] = means[configuration] + 2 * common.nextGaussian() + 0.5 * own.nextGaussian();
                }
                return new double[][] {v};
            });
        }
        return out;
    }

    private static List<Result> batch(int b) {
        AtomicLong clock = new AtomicLong();
        TimeBudget time = new TimeBudget(BUDGET, clock::get, 0);
        List<Simulated> claims = new ArrayList<>();
        SequentialTest greater = new SequentialTest(new Expectation.Ordered(false, Margin.ZERO), Simulation.CONFIDENCE,
                Simulation.BUDGET, List.of("x"));
        SequentialTest equivalent = new SequentialTest(new Expectation.Equivalent(Margin.absolute(1)),
                Simulation.CONFIDENCE, Simulation.BUDGET, List.of("x"));
        for (int i = 0; i < 20; i++) {
            long claim = b * 20L + i;
            boolean paired = i % 2 == 0;
            Kind kind = i < 8 ? Kind.GREATER_AT_ZERO : i < 16 ? Kind.EQUIVALENT_AT_MARGIN : Kind.EFFECT;
            SequentialTest test = kind == Kind.EQUIVALENT_AT_MARGIN ? equivalent : greater;
            double gap = switch (kind) {
                case GREATER_AT_ZERO -> 0;
                case EQUIVALENT_AT_MARGIN -> 1;
                case EFFECT -> 0.6;
            };
            claims.add(new Simulated(kind, paired, test.start(List.of("a", "b"), sources(claim, paired, 10 + gap, 10),
                    LookAhead.NONE), clock));
        }
        // two claims to a question, as two encodings of one finding: once one is decided the other's looks go after
        // every open question's. Four null claims share theirs with a real effect, which decides it early
        int[][] questions = {{0, 16}, {8, 17}, {1, 18}, {9, 19}, {2, 3}, {4, 5}, {6, 7}, {10, 11}, {12, 13}, {14, 15}};
        for (int[] q : questions) {
            List<Simulated> question = List.of(claims.get(q[0]), claims.get(q[1]));
            question.forEach(c -> c.question = question);
        }
        new LookScheduler(time).run(claims);
        return claims.stream().map(Simulated::result).toList();
    }

    private static double rate(List<Result> all, Kind kind, Boolean paired, Verdict verdict) {
        List<Result> of = all.stream().filter(r -> r.kind() == kind && (paired == null || r.paired() == paired))
                .toList();
        return (double) of.stream().filter(r -> r.verdict() == verdict).count() / of.size();
    }

    /** The order of looks here is by question first (two claims to a question), then by cost. */
    @Test
    void noClaimOnTheBoundaryIsWronglyDecidedMoreOftenThanAlphaWhateverTheOrderOfLooks() {
        List<Result> all = IntStream.range(0, BATCHES).parallel().mapToObj(SchedulerCalibrationTest::batch)
                .flatMap(List::stream).toList();
        // 1,000 null claims per kind and design: three binomial standard errors of α
        double slack = 3 * Math.sqrt(ALPHA * (1 - ALPHA) / 1000);
        for (Kind kind : List.of(Kind.GREATER_AT_ZERO, Kind.EQUIVALENT_AT_MARGIN)) {
            for (boolean paired : List.of(true, false)) {
                double pass = rate(all, kind, paired, Verdict.PASS);
                double fail = rate(all, kind, paired, Verdict.FAIL);
                System.out.printf("%s %s: wrong PASS %.4f, wrong FAIL %.4f%n", kind,
                        paired ? "paired" : "unpaired", pass, fail);
                assertThat(pass).as("%s %s wrong PASS", kind, paired).isLessThanOrEqualTo(ALPHA + slack);
                assertThat(fail).as("%s %s wrong FAIL", kind, paired).isLessThanOrEqualTo(ALPHA + slack);
            }
        }
        double pairedPower = rate(all, Kind.EFFECT, true, Verdict.PASS);
        double unpairedPower = rate(all, Kind.EFFECT, false, Verdict.PASS);
        System.out.printf("effect 0.6: PASS paired %.3f, unpaired %.3f%n", pairedPower, unpairedPower);
        // the shared part cancels in a paired difference (sd 0.71 against 2.9): far more of them are decided
        assertThat(pairedPower).isGreaterThan(unpairedPower);
        assertThat(pairedPower).isGreaterThan(0.9);
    }

    /**
     * A batch of null claims with {@code max: auto}: tuned for the budget's 32–400, let past 400 by the scheduler
     * ({@link SequentialTest.Progress#uncap()}), with time for about three times their nominal max each.
     */
    private static List<Result> autoBatch(int b) {
        AtomicLong clock = new AtomicLong();
        TimeBudget time = new TimeBudget(AUTO_BUDGET, clock::get, 0);
        SamplesBudget auto = Simulation.BUDGET.automatic();
        SequentialTest greater = new SequentialTest(new Expectation.Ordered(false, Margin.ZERO), Simulation.CONFIDENCE,
                auto, List.of("x"));
        SequentialTest equivalent = new SequentialTest(new Expectation.Equivalent(Margin.absolute(1)),
                Simulation.CONFIDENCE, auto, List.of("x"));
        List<Simulated> claims = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long claim = 1_000_000L + b * 10L + i;
            boolean paired = i % 2 == 0;
            Kind kind = i < 5 ? Kind.GREATER_AT_ZERO : Kind.EQUIVALENT_AT_MARGIN;
            SequentialTest.Progress p = (kind == Kind.GREATER_AT_ZERO ? greater : equivalent).start(List.of("a", "b"),
                    sources(claim, paired, 10 + (kind == Kind.GREATER_AT_ZERO ? 0 : 1), 10), LookAhead.NONE);
            p.uncap();
            claims.add(new Simulated(kind, paired, p, clock));
        }
        new LookScheduler(time).run(claims);
        return claims.stream().map(Simulated::result).toList();
    }

    /** Ten claims to about 1,200 networks each, two configurations, at the simulation's rate. */
    private static final Duration AUTO_BUDGET = Duration.ofSeconds(24);

    @Test
    void claimsLetPastTheirMaxByTheTimeBudgetAreStillWronglyDecidedNoMoreOftenThanAlpha() {
        List<Result> all = IntStream.range(0, 60).parallel().mapToObj(SchedulerCalibrationTest::autoBatch)
                .flatMap(List::stream).toList();
        // 300 null claims per kind: three binomial standard errors of α
        double slack = 3 * Math.sqrt(ALPHA * (1 - ALPHA) / 300);
        for (Kind kind : List.of(Kind.GREATER_AT_ZERO, Kind.EQUIVALENT_AT_MARGIN)) {
            double pass = rate(all, kind, null, Verdict.PASS);
            double fail = rate(all, kind, null, Verdict.FAIL);
            System.out.printf("max auto, %s: wrong PASS %.4f, wrong FAIL %.4f%n", kind, pass, fail);
            assertThat(pass).as("%s wrong PASS", kind).isLessThanOrEqualTo(ALPHA + slack);
            assertThat(fail).as("%s wrong FAIL", kind).isLessThanOrEqualTo(ALPHA + slack);
        }
        // the undecided ones went well past their nominal max of 400
        List<Result> undecided = all.stream().filter(r -> r.verdict() == Verdict.INCONCLUSIVE).toList();
        double meanNetworks = undecided.stream().mapToInt(Result::networks).average().orElse(0);
        System.out.printf("max auto: %d undecided, %.0f networks each on average%n", undecided.size(), meanNetworks);
        assertThat(meanNetworks).isGreaterThan(2 * Simulation.BUDGET.max());
    }

    @Test
    void theSchedulerStopsWhenNoLookFitsAndPrefersTheClaimClosestToADecision() {
        AtomicLong clock = new AtomicLong();
        SequentialTest greater = new SequentialTest(new Expectation.Ordered(false, Margin.ZERO), Simulation.CONFIDENCE,
                Simulation.BUDGET, List.of("x"));
        Simulated close = new Simulated(Kind.EFFECT, true, greater.start(List.of("a", "b"),
                sources(1, true, 10.35, 10), LookAhead.NONE), clock);
        Simulated far = new Simulated(Kind.EFFECT, true, greater.start(List.of("a", "b"),
                sources(2, true, 10.05, 10), LookAhead.NONE), clock);
        close.look();
        far.look();
        assertThat(close.finished()).isFalse();
        assertThat(close.projected().getAsInt()).isLessThan(far.projected().orElse(Integer.MAX_VALUE));
        assertThat(LookScheduler.pick(List.of(far, close), 100)).isSameAs(close);
        assertThat(LookScheduler.pick(List.of(far, close), 0.001)).isNull();
    }

    @Test
    void aTimeBudgetReadsAsUsersWriteIt() {
        assertThat(TimeBudget.parse("20m")).isEqualTo(Duration.ofMinutes(20));
        assertThat(TimeBudget.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(TimeBudget.parse("90")).isEqualTo(Duration.ofSeconds(90));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimeBudget.parse("soon"))
                .hasMessageContaining("20m, 90s, 1h30m");
    }
}
