import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
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
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the time of {@code redshift sample} goes: each stage of the default run (relu MLP, depth 3, width 64,
 * 64×64 grid, all four measures) timed alone on one thread, as one of the sampler's workers runs it.
 *
 * <pre>java -cp "target/redshift.jar:target/lib/*" bench/SampleProfile.java [NETS] [BATCH]</pre>
 *
 * The figure is CPU time per network on the calling thread, the fastest of a few passes: on a shared machine it
 * is far steadier than wall time, and with one worker per core the sampler's rate is about cores / (sum of the
 * stages). Evaluation is also shown with PyTorch on 2 intra-op threads, in process CPU time, which counts what
 * OpenMP's spinning workers burn.
 */
public final class SampleProfile {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int PASSES = 5;

    private static double total;

    public static void main(String[] args) {
        int nets = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Grid grid = new Grid(64, 2);
        MlpNetworks networks = new MlpNetworks(MlpNetworks.Config.of(Activations.byId("relu"), 3, 64, 1));
        System.out.printf(Locale.ROOT, "%d networks, batch %d, %s; CPU ms per network, best of %d passes%n", nets,
                batch, TorchRuntime.describe(ComputeDevice.CPU), PASSES);
        float[] outputs = new float[nets * grid.pointCount()];
        try (NDManager root = TorchRuntime.newManager(ComputeDevice.CPU)) {
            TorchRuntime.setIntraOpThreads(1);
            stage("draw + evaluate (DJL forward, 1 torch thread)", nets, true,
                    () -> evaluate(root, networks, grid, nets, batch, outputs));
            TorchRuntime.setIntraOpThreads(2);
            stage("  (the same on 2 torch threads, process CPU)", nets, false,
                    () -> evaluate(root, networks, grid, nets, batch, outputs));
            TorchRuntime.setIntraOpThreads(1);
        }
        List<Observation> observations = new ArrayList<>(nets);
        stage("observe (float → double copy)", nets, true, () -> {
            observations.clear();
            for (int k = 0; k < nets; k++) {
                observations.add(grid.observe(outputs, k * grid.pointCount()));
            }
        });
        double[] sink = new double[1];
        for (String name : List.of("fourier", "chebyshev", "legendre", "lz")) {
            ComplexityMeasure m = MeasureCatalog.byName(name, MeasureOptions.DEFAULTS);
            stage("measure " + name, nets, true, () -> {
                for (Observation o : observations) {
                    sink[0] += m.measure(o).value();
                }
            });
        }
        System.out.printf(Locale.ROOT, "  %-48s %7.3f ms → about %.0f networks/s on %d cores%n", "total", total,
                1e3 / total * Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors());
        if (sink[0] == 42) {
            System.out.println();
        }
    }

    /** Runs a stage PASSES + 1 times (the first warms the JIT up) and prints its fastest pass. */
    private static void stage(String name, int nets, boolean counted, Runnable work) {
        double best = Double.POSITIVE_INFINITY;
        for (int pass = 0; pass <= PASSES; pass++) {
            long start = counted ? THREADS.getCurrentThreadCpuTime() : OS.getProcessCpuTime();
            work.run();
            long end = counted ? THREADS.getCurrentThreadCpuTime() : OS.getProcessCpuTime();
            if (pass > 0) {
                best = Math.min(best, (end - start) / 1e6 / nets);
            }
        }
        if (counted) {
            total += best;
        }
        System.out.printf(Locale.ROOT, "  %-48s %7.3f ms%n", name, best);
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
}
