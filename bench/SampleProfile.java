import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import dev.redshift.eval.Grid;
import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.measure.Observation;
import dev.redshift.network.Activations;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.MlpNetworks;
import dev.redshift.network.TorchRuntime;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the time of {@code redshift sample} goes: each stage of the default run (relu MLP, depth 3, width 64,
 * 64×64 grid) timed alone, one stage at a time, in wall time and process CPU time.
 *
 * <pre>java -cp "target/redshift.jar:target/lib/*" bench/SampleProfile.java [NETS] [BATCH]</pre>
 *
 * Evaluation runs with PyTorch on 1 and on 2 intra-op threads; every measure runs on one thread, so its
 * networks/s is per core. CPU time is the load-robust figure on a shared machine: per-core cost in
 * milliseconds per network.
 */
public final class SampleProfile {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int PASSES = 3;

    public static void main(String[] args) {
        int nets = args.length > 0 ? Integer.parseInt(args[0]) : 2048;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        Grid grid = new Grid(64, 2);
        MlpNetworks networks = new MlpNetworks(MlpNetworks.Config.of(Activations.byId("relu"), 3, 64, 1));
        List<ComplexityMeasure> measures = new ArrayList<>();
        for (String name : List.of("fourier", "chebyshev", "legendre", "lz")) {
            measures.add(MeasureCatalog.byName(name, MeasureOptions.DEFAULTS));
        }
        System.out.printf(Locale.ROOT, "%d networks, batch %d, %d cores, %s%n", nets, batch,
                Runtime.getRuntime().availableProcessors(), TorchRuntime.describe(ComputeDevice.CPU));
        float[] outputs = new float[nets * grid.pointCount()];
        try (NDManager root = TorchRuntime.newManager(ComputeDevice.CPU)) {
            for (int threads : new int[] {1, 2}) {
                JniUtils.setNumThreads(threads);
                evaluate(root, networks, grid, Math.min(nets, 4 * batch), batch, outputs); // warm-up
                long[] t = start();
                evaluate(root, networks, grid, nets, batch, outputs);
                report("evaluate (DJL forward, " + threads + " torch thread" + (threads > 1 ? "s" : "") + ")",
                        t, nets);
            }
        }
        long[] t = start();
        List<Observation> observations = new ArrayList<>(nets);
        for (int k = 0; k < nets; k++) {
            observations.add(grid.observe(outputs, k * grid.pointCount()));
        }
        report("observe (float → double copy)", t, nets);
        double sink = 0;
        for (ComplexityMeasure m : measures) {
            for (int k = 0; k < Math.min(nets, 256); k++) {
                sink += m.measure(observations.get(k)).value(); // warm-up
            }
            // On a shared machine the fastest of a few passes is the one least disturbed.
            long[] best = null;
            long[] bestEnd = null;
            for (int pass = 0; pass < PASSES; pass++) {
                t = start();
                for (Observation o : observations) {
                    sink += m.measure(o).value();
                }
                long[] end = start();
                if (best == null || end[1] - t[1] < bestEnd[1] - best[1]) {
                    best = t;
                    bestEnd = end;
                }
            }
            report("measure " + m.name() + " (1 thread, best of " + PASSES + ")", best, bestEnd, nets);
        }
        System.out.println(sink == 42 ? "" : "done");
    }

    private static void evaluate(NDManager root, MlpNetworks networks, Grid grid, int nets, int batch,
            float[] outputs) {
        for (int done = 0; done < nets; done += batch) {
            int n = Math.min(batch, nets - done);
            try (NDManager m = root.newSubManager();
                    NDArray x = m.create(grid.points(), new Shape(grid.pointCount(), 2))) {
                float[] y = networks.evaluate(m, x, 0, done, n);
                System.arraycopy(y, 0, outputs, done * grid.pointCount(), y.length);
            }
        }
    }

    private static long[] start() {
        return new long[] {System.nanoTime(), OS.getProcessCpuTime()};
    }

    private static void report(String stage, long[] start, int nets) {
        report(stage, start, start(), nets);
    }

    private static void report(String stage, long[] start, long[] end, int nets) {
        double wall = (end[0] - start[0]) / 1e9;
        double cpu = (end[1] - start[1]) / 1e9;
        System.out.printf(Locale.ROOT, "  %-46s wall %7.3f s %8.0f networks/s   cpu %6.3f ms/network%n", stage, wall,
                nets / wall, 1e3 * cpu / nets);
    }
}
