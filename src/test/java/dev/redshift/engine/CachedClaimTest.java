package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.cache.SampleStore;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims decided from the sample cache are decided exactly as from freshly computed networks. */
class CachedClaimTest {

    private static final String SPEC = EngineFixture.smallSpec("Cached", 16, 48, 5, EngineFixture.TANH_RISES + """
              - claim: Tanh is more sensitive to weight magnitude than ReLU
                compare: [ { activation: tanh }, { activation: relu } ]
                slope: { weightScale: [1, 4] }
                expect: greater
              - claim: Overflowing networks are left out the same way
                compare: [ { activation: relu }, { activation: relu, weightScale: 7000000000000 } ]
                samples: { min: 200, max: 200 }
                expect: equivalent
                margin: 50%
            """);

    @TempDir
    Path dir;

    private static ClaimPlan plan(int claim, String spec) {
        return EngineFixture.plan("specs/cached.yaml", spec, claim);
    }

    private static String describe(ClaimOutcome o) {
        return o.evidence().toString();
    }

    /** Each claim's outcome, or the message of the claim that broke (too many non-finite networks). */
    private static List<Object> run(ClaimRunner runner, String spec) {
        return java.util.stream.IntStream.range(0, 3).mapToObj(c -> {
            try {
                return (Object) runner.run(plan(c, spec), e -> { });
            } catch (RuntimeException e) {
                return "BROKEN " + e.getMessage();
            }
        }).toList();
    }

    @Test
    void coldWarmAndUncachedRunsGiveTheSameVerdictsNumbersAndValues() {
        List<Object> uncached = run(new ClaimRunner(SamplerOptions.defaults()), SPEC);
        try (SampleStore store = SampleStore.open(dir)) {
            List<Object> cold = run(new ClaimRunner(SamplerOptions.defaults(), store), SPEC);
            long stored = store.info().networks();
            List<Object> warm = run(new ClaimRunner(SamplerOptions.defaults(), store), SPEC);
            assertThat(store.info().networks()).isEqualTo(stored);
            assertThat(uncached.get(0)).isInstanceOf(ClaimOutcome.class);
            assertThat(uncached.get(1)).isInstanceOf(ClaimOutcome.class);
            boolean[] overflowed = ((ClaimOutcome) uncached.get(2)).nonFinite().get(1);
            assertThat(java.util.stream.IntStream.range(0, overflowed.length).filter(k -> overflowed[k]).count())
                    .as("networks of weightScale 7e12 with non-finite outputs").isBetween(1L, 20L);
            for (int c = 0; c < uncached.size(); c++) {
                for (List<Object> other : List.of(cold, warm)) {
                    if (!(uncached.get(c) instanceof ClaimOutcome expected)) {
                        assertThat(other.get(c)).isEqualTo(uncached.get(c));
                        continue;
                    }
                    ClaimOutcome actual = (ClaimOutcome) other.get(c);
                    assertThat(describe(actual)).isEqualTo(describe(expected));
                    for (int k = 0; k < expected.values().size(); k++) {
                        // Arrays.equals compares doubles bit for bit, so NaN of a left-out network equals NaN
                        assertThat(java.util.Arrays.deepEquals(actual.values().get(k), expected.values().get(k)))
                                .as("values of %s, configuration %d", expected.plan().name(), k).isTrue();
                        assertThat(actual.nonFinite().get(k)).isEqualTo(expected.nonFinite().get(k));
                    }
                    for (int k = 0; k < expected.examples().size(); k++) {
                        assertThat(actual.examples().get(k)).isEqualTo(expected.examples().get(k));
                    }
                }
            }
        }
    }

    @Test
    void aLargerBudgetReusesTheStoredNetworksAndAddsOnlyTheRest() {
        String small = SPEC.replace("max: 48", "max: 16");
        try (SampleStore store = SampleStore.open(dir)) {
            new ClaimRunner(SamplerOptions.defaults(), store).run(plan(0, small), e -> { });
            long afterSmall = store.info().networks();
            assertThat(afterSmall).isEqualTo(2 * 16);
            ClaimOutcome larger = new ClaimRunner(SamplerOptions.defaults(), store).run(plan(0, SPEC), e -> { });
            int used = larger.evidence().networksPerConfiguration();
            assertThat(store.info().networks()).isEqualTo(2L * Math.max(16, used));
            assertThat(describe(larger)).isEqualTo(describe(
                    new ClaimRunner(SamplerOptions.defaults()).run(plan(0, SPEC), e -> { })));
        }
    }

    @Test
    void aCachedTrainerNamesTheSameDivergedRunsAsTheTrainerItself() {
        ClaimPlan plan = new SpecParser().parse("specs/d.yaml", """
                spec: d
                claims:
                  - claim: c
                    with: { depth: 1, width: 4 }
                    train: { task: modulo, N: 4, M: 2, steps: 2 }
                    grid: 8
                    measure: train-accuracy
                    compare: [ { weightScale: 1e36 }, { weightScale: 1 } ]
                    expect: less
                """).claims().get(0).plan();
        dev.redshift.stats.Evidence e = new dev.redshift.stats.Evidence(dev.redshift.stats.Verdict.INCONCLUSIVE,
                "less", 0.95, "a − b", 0, new dev.redshift.stats.Interval(-1, 1), 0, List.of(), 3, 1,
                java.util.OptionalInt.empty(), "Undecided.");
        String direct;
        List<dev.redshift.eval.NetworkSampler> trainers = plan.sampled().stream()
                .map(c -> TrainedClaims.sampler(c, plan, SamplerOptions.defaults())).toList();
        try {
            trainers.forEach(s -> s.measure(0, 3));
            direct = TrainedClaims.namingDiverged(e, plan, trainers).sentence();
        } finally {
            trainers.forEach(dev.redshift.eval.NetworkSampler::close);
        }
        assertThat(direct).contains("diverged (non-finite training loss): runs 0, 1, 2");
        try (SampleStore store = SampleStore.open(dir)) {
            for (int pass = 0; pass < 2; pass++) { // cold, then every run from the store
                List<dev.redshift.eval.NetworkSampler> cached = plan.sampled().stream()
                        .map(c -> (dev.redshift.eval.NetworkSampler) new dev.redshift.cache.CachedSampler(store,
                                dev.redshift.cache.SampleKey.of(c, plan, "cpu"), plan.measureNames(),
                                dev.redshift.eval.EvaluationDomain.of(dev.redshift.network.NetworkFamilies
                                        .byId(c.network()).create(c.parameters()), plan.grid(), c.seed()),
                                () -> TrainedClaims.sampler(c, plan, SamplerOptions.defaults()))).toList();
                try {
                    cached.forEach(s -> s.measure(0, 3));
                    assertThat(TrainedClaims.namingDiverged(e, plan, cached).sentence()).as("pass %d", pass)
                            .isEqualTo(direct);
                } finally {
                    cached.forEach(dev.redshift.eval.NetworkSampler::close);
                }
            }
        }
    }
}
