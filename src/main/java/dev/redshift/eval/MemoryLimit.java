package dev.redshift.eval;

import dev.redshift.network.ComputeDevice;
import dev.redshift.network.NetworkFootprint;
import dev.redshift.network.RandomNetworks;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The memory a sampler may use, checked before anything is allocated, so a configuration too large for the
 * machine is one line that says what it needs and what the limit is, rather than an overflowed size or an
 * {@link OutOfMemoryError} half way through a run.
 *
 * <p>Weights are drawn in Java, so the Java limit is the JVM's maximum heap ({@code -Xmx}). The forward pass's
 * tensors live in native memory: on the CPU the limit is the machine's physical memory; on a GPU the
 * driver reports what does not fit. The smallest batch evaluates {@value #SMALLEST_BATCH} networks (a lone
 * network is evaluated beside its successor), so that is what must fit.
 *
 * @param javaBytes the Java heap the sampler may fill
 * @param deviceBytes the device memory its tensors may fill ({@link Long#MAX_VALUE}: not checked)
 * @param javaLimitName how the Java limit reads in a message
 */
public record MemoryLimit(long javaBytes, long deviceBytes, String javaLimitName) {

    /** The most elements a Java array holds. */
    public static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    static final int SMALLEST_BATCH = 2;

    /** This JVM's heap and, on the CPU, this machine's physical memory. */
    public static MemoryLimit of(ComputeDevice device) {
        long physical = Long.MAX_VALUE;
        if (device == ComputeDevice.CPU
                && ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            physical = os.getTotalMemorySize();
        }
        return new MemoryLimit(Runtime.getRuntime().maxMemory(), physical, "the JVM's maximum heap, -Xmx");
    }

    /**
     * Refuses networks that cannot be evaluated within this limit.
     *
     * @throws IllegalArgumentException one line: what the configuration needs and what the limit is
     */
    public void check(RandomNetworks networks, EvaluationDomain domain) {
        long points = domain.pointCount();
        NetworkFootprint f = networks.footprint(points);
        String what = f.size() + where(domain) + " needs ";
        long perNetworkJava = javaPerNetwork(f, points);
        long java = NetworkFootprint.plus(javaShared(f, domain), NetworkFootprint.times(SMALLEST_BATCH, perNetworkJava));
        if (java > javaBytes) {
            throw new IllegalArgumentException(what + need(f.sharedJavaBytes(), perNetworkJava) + " (a batch holds "
                    + SMALLEST_BATCH + " at least); the sampler's memory limit is " + bytes(javaBytes) + " ("
                    + javaLimitName + ")");
        }
        long largest = Math.max(f.largestArray(), points);
        if (NetworkFootprint.times(SMALLEST_BATCH, largest) > MAX_ARRAY) {
            throw new IllegalArgumentException(what + largest + " values in one array per network (a batch holds "
                    + SMALLEST_BATCH + " at least); a Java array holds at most " + MAX_ARRAY);
        }
        long device = NetworkFootprint.plus(f.sharedDeviceBytes(),
                NetworkFootprint.times(SMALLEST_BATCH, f.perNetworkDeviceBytes()));
        if (device > deviceBytes) {
            throw new IllegalArgumentException(what + need(f.sharedDeviceBytes(), f.perNetworkDeviceBytes())
                    + " of native memory for its forward pass (a batch holds " + SMALLEST_BATCH
                    + " at least); the machine has " + bytes(deviceBytes));
        }
    }

    /**
     * The most networks a batch may hold: its arrays stay within Java's array size, and two batches in flight
     * stay within half the Java limit. At least 1 (the sampler pads a lone network to two).
     */
    public int largestBatch(RandomNetworks networks, EvaluationDomain domain) {
        long points = domain.pointCount();
        NetworkFootprint f = networks.footprint(points);
        long byArrays = MAX_ARRAY / Math.max(1, Math.max(f.largestArray(), points));
        long room = javaBytes / 2 - javaShared(f, domain);
        long byMemory = room / Math.max(1, NetworkFootprint.times(2, javaPerNetwork(f, points)));
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.min(byArrays, byMemory)));
    }

    /** Weights in Java, plus a network's outputs as the device returns them and as they are copied out. */
    private static long javaPerNetwork(NetworkFootprint f, long points) {
        return NetworkFootprint.plus(f.perNetworkJavaBytes(), NetworkFootprint.times(2, points, Float.BYTES));
    }

    /** The model of a seed, the points and a measuring thread's copies of one function per core. */
    private static long javaShared(NetworkFootprint f, EvaluationDomain domain) {
        long points = domain.pointCount();
        int threads = Runtime.getRuntime().availableProcessors();
        return NetworkFootprint.plus(f.sharedJavaBytes(),
                NetworkFootprint.times(points, Math.max(1, domain.inputs()), Float.BYTES),
                NetworkFootprint.times(threads, points, 4 * Double.BYTES));
    }

    /** " on a 64×64 grid", " along a traversal of 4096 points", or "" for token sequences. */
    private static String where(EvaluationDomain domain) {
        if (domain instanceof Grid g) {
            return " on a " + (g.dims() == 1 ? g.size() + "-point" : g.size() + "×" + g.size()) + " grid";
        }
        return domain instanceof RandomTraversal ? " along a traversal of " + domain.pointCount() + " points" : "";
    }

    private static String need(long shared, long perNetwork) {
        String each = bytes(perNetwork) + " per network";
        return shared > 0 ? bytes(shared) + " for the model of a seed and " + each : each;
    }

    /** Bytes in binary units, e.g. "74 PiB"; "more than 8 EiB" for a saturated count. */
    static String bytes(long b) {
        if (b == Long.MAX_VALUE) {
            return "more than 8 EiB";
        }
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double v = b;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? b + " bytes" : String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }
}
