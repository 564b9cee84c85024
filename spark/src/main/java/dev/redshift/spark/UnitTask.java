package dev.redshift.spark;

import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.eval.NetworkSampler;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.resource.ResourceInformation;

/**
 * What an executor does with a {@link WorkUnit}: borrow the configuration's producer (built from the spec here),
 * run it once over the unit's networks with the task's CPUs ({@code TaskContext.cpus()}) and on the GPU Spark
 * assigned the task, and return the per-network values. A mistake in the work (a configuration that cannot be
 * sampled) comes back as the result's error rather than a thrown exception, so Spark does not retry what would
 * fail again; a lost executor still fails the task, which Spark retries elsewhere.
 */
final class UnitTask {

    private UnitTask() {
    }

    /** Runs the unit in this JVM. */
    static UnitResult run(WorkUnit u) {
        TaskContext task = TaskContext.get();
        int threads = task == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, task.cpus());
        int gpu = task == null ? -1 : assignedGpu(task.resourcesJMap());
        String where = (task == null ? "driver" : executor()) + (gpu < 0 ? "" : ", GPU " + gpu);
        ProducerPool.Key key = ProducerPool.key(u, gpu, threads);
        NetworkSampler producer;
        try {
            producer = ProducerPool.borrow(key, u);
        } catch (RuntimeException e) {
            return failed(e, where);
        }
        try {
            MeasuredNetworks m = producer.measure(u.first(), u.count());
            ProducerPool.giveBack(key, producer);
            return new UnitResult(m.values(), m.nonFinite(), m.undefinedReasons().entrySet().stream()
                    .map(r -> r.getKey() + ": " + r.getValue()).toArray(String[]::new), null, where);
        } catch (RuntimeException e) {
            producer.close();
            return failed(e, where);
        }
    }

    /**
     * The GPU Spark assigned the task ({@code spark.task.resource.gpu.amount}), or −1 without one: its first
     * address, an index among the GPUs this executor sees.
     */
    static int assignedGpu(Map<String, ResourceInformation> resources) {
        ResourceInformation gpu = resources.get("gpu");
        if (gpu == null || gpu.addresses().length == 0) {
            return -1;
        }
        try {
            return Integer.parseInt(gpu.addresses()[0].trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Spark assigned GPU address '" + gpu.addresses()[0]
                    + "', expected a device index (a discovery script printing indices, e.g. Spark's getGpusResources.sh)");
        }
    }

    private static String executor() {
        org.apache.spark.SparkEnv env = org.apache.spark.SparkEnv.get();
        String id = env == null ? "?" : env.executorId();
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown host";
        }
        return "executor " + id + " on " + host;
    }

    private static UnitResult failed(RuntimeException e, String where) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return new UnitResult(null, null, new String[0], message, where);
    }
}
