package dev.redshift.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.engine.ConfigurationProducers;
import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.eval.NetworkSampler;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.spec.ClaimDefaults;
import dev.redshift.spec.ClaimPlan;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark embedded (local[2]) gives exactly the in-process values and verdicts, and says clearly when it cannot. */
class LocalSparkTest {

    @TempDir
    static Path dir;

    private static SparkExecutor spark;

    @BeforeAll
    static void start() {
        Specs.loopback();
        spark = new SparkExecutor("local[2]", ClaimDefaults.STANDARD, "cpu");
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    private static void assertSame(ClaimPlan plan) {
        ClaimOutcome local = Specs.inProcess(plan);
        ClaimOutcome onSpark = Specs.on(spark, plan);
        assertThat(onSpark.evidence()).isEqualTo(local.evidence());
        assertThat(onSpark.values()).usingRecursiveComparison().isEqualTo(local.values());
        assertThat(onSpark.nonFinite()).usingRecursiveComparison().isEqualTo(local.nonFinite());
    }

    @Test
    void untrainedClaimsGiveTheInProcessValuesAndVerdicts() {
        Path spec = Specs.write(dir, "untrained.yaml", Specs.UNTRAINED);
        assertSame(Specs.plan(spec, 0));
        assertSame(Specs.plan(spec, 1));
    }

    @Test
    void trainedClaimsGiveTheInProcessValuesAndVerdicts() {
        assertSame(Specs.plan(Specs.write(dir, "trained.yaml", Specs.TRAINED), 0));
    }

    @Test
    void decodingClaimsGiveTheInProcessValuesAndVerdicts() {
        assertSame(Specs.plan(Specs.write(dir, "decoding.yaml", Specs.DECODING), 0));
    }

    @Test
    void aTaskThatFailsIsOneLineNamingTheClaimConfigurationAndCause() {
        Path spec = Specs.write(dir, "wide.yaml", """
                spec: Too wide
                defaults: { with: { depth: 2, width: 16 }, measure: lz, grid: 16, samples: { min: 16, max: 48 } }
                claims:
                  - claim: wide
                    with: { width: 100000000 }
                    vary: { weightScale: [1, 16] }
                    expect: increasing
                """);
        assertThatThrownBy(() -> Specs.on(spark, Specs.plan(spec, 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(spec + ":4:5: claim 'wide', configuration 'weightScale 1', networks 0–")
                .hasMessageContaining("failed on executor driver on ")
                .hasMessageContaining(": mlp with width 100000000, depth 2 on a 16×16 grid needs 36 PiB per network")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void anExecutorWhoseValuesDifferFromTheDriversIsNamedByTheCanary() {
        Path spec = Specs.write(dir, "canary.yaml", Specs.UNTRAINED.replace("seed: 5", "seed: 77"));
        ClaimPlan plan = Specs.plan(spec, 0);
        SpecText text = SpecText.of(plan, ClaimDefaults.STANDARD).orElseThrow();
        // a node whose math library rounds differently: every producer this JVM's executors hold is off by an ulp
        for (int c = 0; c < plan.sampled().size(); c++) {
            WorkUnit unit = new WorkUnit(text, plan.name(), c, plan.sampled().get(c).label(),
                    plan.sampled().get(c).seed(), "cpu", 0, 0);
            for (int copy = 0; copy < 2; copy++) {
                ProducerPool.giveBack(ProducerPool.key(unit, -1, 1), new OffByAnUlp(
                        ConfigurationProducers.create(plan, c, SamplerOptions.defaults())));
            }
        }
        assertThatThrownBy(() -> Specs.on(spark, plan)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(spec + ":9:5: canary: executor driver on ")
                .hasMessageContaining("gave lz = ")
                .hasMessageContaining("for network 0 of 'weightScale 1', this driver ")
                .hasMessageContaining("MKL_CBWR=AVX2");
    }

    /** A producer whose values are one ulp above the true ones. */
    private record OffByAnUlp(NetworkSampler real) implements NetworkSampler {
        @Override
        public EvaluationDomain domain() {
            return real.domain();
        }

        @Override
        public MeasuredNetworks measure(long first, int count) {
            MeasuredNetworks m = real.measure(first, count);
            double[][] v = new double[m.values().length][];
            for (int i = 0; i < v.length; i++) {
                v[i] = m.values()[i].clone();
                for (int k = 0; k < v[i].length; k++) {
                    v[i][k] = Math.nextUp(v[i][k]);
                }
            }
            return new MeasuredNetworks(m.first(), m.measures(), v, m.undefinedReasons(), m.nonFinite());
        }

        @Override
        public float[] evaluate(long first, int count) {
            return real.evaluate(first, count);
        }

        @Override
        public void close() {
            real.close();
        }
    }
}
