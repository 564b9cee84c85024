package dev.redshift.spark;

import dev.redshift.engine.ClaimWork;
import dev.redshift.engine.LocalExecutor;
import dev.redshift.engine.SampleExecutor;
import dev.redshift.eval.NetworkSampler;
import dev.redshift.spec.ClaimDefaults;
import dev.redshift.spec.ClaimPlan;
import java.util.Optional;
import java.util.function.IntFunction;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Computes claims' networks on a Spark cluster (DESIGN §9, README "Beyond one machine"). Each look becomes one
 * job of work units; executors rebuild the configuration from the spec and send back per-network values, which
 * are bit-identical to the in-process ones since network k depends on (seed, k) only. A claim that no spec file
 * declares (a Java {@code @Claims} class) runs in process.
 */
public final class SparkExecutor implements SampleExecutor {

    private final JavaSparkContext spark;
    private final ClaimDefaults defaults;
    private final String device;

    /**
     * Starts the run's Spark application (or joins the one this JVM already runs); {@link #close} stops it.
     *
     * @param master the master URL, or null for what spark-submit set, else {@code local[*]}
     * @param defaults the run-wide claim settings the plans were built with, for the executors to build the same
     * @param device cpu, gpu or auto
     */
    public SparkExecutor(String master, ClaimDefaults defaults, String device) {
        SparkConf conf = new SparkConf();
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.app.name", "redshift");
        this.spark = JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(conf));
        this.defaults = defaults;
        this.device = device;
    }

    /** The Spark context the claims run on. */
    public JavaSparkContext context() {
        return spark;
    }

    @Override
    public ClaimWork open(ClaimPlan plan, IntFunction<NetworkSampler> local) {
        Optional<SpecText> spec = SpecText.of(plan, defaults);
        LocalExecutor.Work driver = new LocalExecutor.Work(local);
        return spec.<ClaimWork>map(s -> new SparkClaimWork(spark, plan, s, device, driver)).orElse(driver);
    }

    @Override
    public void close() {
        spark.stop();
    }
}
