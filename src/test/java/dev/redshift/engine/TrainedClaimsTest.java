package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.eval.NetworkSampler;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecParser;
import dev.redshift.stats.Evidence;
import dev.redshift.stats.Interval;
import dev.redshift.stats.Verdict;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TrainedClaimsTest {

    @Test
    void theEvidenceNamesEveryDivergedRunOfEachConfiguration() {
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
        List<NetworkSampler> samplers = plan.sampled().stream()
                .map(c -> TrainedClaims.sampler(c, plan, SamplerOptions.defaults())).toList();
        try {
            samplers.forEach(s -> s.measure(0, 3));
            Evidence e = new Evidence(Verdict.INCONCLUSIVE, "less", 0.95, "a − b", 0, new Interval(-1, 1), 0,
                    List.of(), 3, 1, OptionalInt.empty(), "Undecided.");
            assertThat(TrainedClaims.namingDiverged(e, plan, samplers).sentence()).isEqualTo("Undecided.;"
                    + " weightScale 1.0E36: diverged (non-finite training loss): runs 0,"
                    + " 1, 2, left out.");
            Evidence none = TrainedClaims.namingDiverged(e, plan, samplers.subList(1, 2));
            assertThat(none).isSameAs(e);
        } finally {
            samplers.forEach(NetworkSampler::close);
        }
    }
}
