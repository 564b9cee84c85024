package dev.redshift.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.spec.ClaimDefaults;
import dev.redshift.spec.ClaimPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone cluster on 127.0.0.1 (Master, Worker and two executors of one core, each its own JVM) gives
 * the in-process values and verdicts, also when an executor dies in the middle of a job.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterTest {

    private static final Map<String, String> SETTINGS = Map.of("spark.executor.cores", "1", "spark.cores.max", "2",
            "spark.executor.memory", "1g", "spark.executor.resource.gpu.amount", "1",
            "spark.task.resource.gpu.amount", "1",
            "spark.executor.extraClassPath", Path.of("target", "redshift-spark.jar").toAbsolutePath().toString());

    @TempDir
    static Path dir;

    private static StandaloneCluster cluster;
    private static SparkExecutor spark;

    @BeforeAll
    static void start() throws Exception {
        cluster = new StandaloneCluster(dir, 2);
        Specs.loopback();
        SETTINGS.forEach(System::setProperty);
        spark = new SparkExecutor(cluster.url(), ClaimDefaults.STANDARD, "cpu");
        awaitExecutors(2);
    }

    @AfterAll
    static void stop() {
        try {
            if (spark != null) {
                spark.close();
            }
        } finally {
            SETTINGS.keySet().forEach(System::clearProperty);
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    /** Waits until {@code n} executors have registered with the driver. */
    private static void awaitExecutors(int n) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        while (spark.context().sc().getExecutorIds().size() < n) {
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException(n + " executors did not register; worker log:\n" + cluster.log("worker"));
            }
            Thread.sleep(200);
        }
    }

    private static void assertSame(ClaimOutcome onCluster, ClaimOutcome local) {
        assertThat(onCluster.evidence()).isEqualTo(local.evidence());
        assertThat(onCluster.values()).usingRecursiveComparison().isEqualTo(local.values());
    }

    @Test
    @Order(2)
    void twoExecutorsGiveTheInProcessValuesAndVerdictsForEveryKindOfClaim() {
        for (ClaimPlan plan : List.of(Specs.plan(Specs.write(dir, "untrained.yaml", Specs.UNTRAINED), 0),
                Specs.plan(Specs.write(dir, "trained.yaml", Specs.TRAINED), 0),
                Specs.plan(Specs.write(dir, "decoding.yaml", Specs.DECODING), 0))) {
            assertSame(Specs.on(spark, plan), Specs.inProcess(plan));
        }
    }

    @Test
    @Order(1)
    void eachTaskRunsOnTheGpuSparkAssignedIt() {        ClaimPlan plan = Specs.plan(Specs.write(dir, "gpus.yaml", Specs.UNTRAINED), 0);
        SpecText text = SpecText.of(plan, ClaimDefaults.STANDARD).orElseThrow();
        List<WorkUnit> units = java.util.stream.IntStream.range(0, 8).mapToObj(k -> new WorkUnit(text, plan.name(), 0,
                plan.sampled().get(0).label(), plan.sampled().get(0).seed(), "cpu", 16L * k, 16)).toList();
        List<String> where = SparkClaimWork.run(spark.context(), units).stream().map(UnitResult::executor).toList();
        // one GPU per executor: both GPUs are in use, and an executor always got the same one
        assertThat(where).allMatch(w -> w.matches("executor \\d+ on .*, GPU [01]"));
        assertThat(where.stream().map(w -> w.substring(w.lastIndexOf(' ') + 1)).distinct()).hasSize(2);
        assertThat(where.stream().distinct()).hasSize(2);
    }

    @Test
    @Order(3) // last: the cluster is one executor short until the Worker has replaced it
    void anExecutorKilledInTheMiddleOfAJobIsReplacedAndTheVerdictIsUnchanged() throws Exception {
        ClaimPlan plan = Specs.plan(Specs.write(dir, "killed.yaml", Specs.UNTRAINED.replace("seed: 5", "seed: 9")
                .replace("max: 96", "max: 400")), 0);
        AtomicReference<String> killed = new AtomicReference<>();
        spark.context().sc().addSparkListener(new SparkListener() {
            @Override
            public void onTaskStart(SparkListenerTaskStart start) {
                String id = start.taskInfo().executorId();
                if (killed.compareAndSet(null, id)) {
                    cluster.executors().stream()
                            .filter(p -> p.info().commandLine().orElse("").contains("--executor-id " + id))
                            .forEach(ProcessHandle::destroyForcibly);
                }
            }
        });
        ClaimOutcome onCluster = Specs.on(spark, plan);
        assertThat(killed.get()).isNotNull();
        assertThat(scala.jdk.javaapi.CollectionConverters.asJava(spark.context().sc().getExecutorIds()))
                .doesNotContain(killed.get());
        assertSame(onCluster, Specs.inProcess(plan));
    }
}
