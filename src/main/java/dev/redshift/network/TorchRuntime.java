package dev.redshift.network;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Starts DJL's PyTorch engine the way Redshift needs it: offline, from the native library that Maven put on
 * the class path, so nothing is downloaded and a user sets nothing.
 *
 * <p>Without {@code PYTORCH_FLAVOR}, DJL looks for a {@code cpu-precxx11} build that the Maven artifacts do
 * not carry, so the flavor is set to {@code cpu} unless the user points {@code PYTORCH_LIBRARY_PATH} at a
 * libtorch of their own (e.g. CUDA 12.8 libtorch 2.7.1 for the GPU, with {@code PYTORCH_FLAVOR=cu128}).
 */
public final class TorchRuntime {

    private static final String ENGINE = "PyTorch";

    private static int defaultIntraOpThreads;

    /** Which GPU "gpu" means on this thread: 0 unless a cluster assigned the task another ({@link #onGpu}). */
    private static final ThreadLocal<Integer> GPU_INDEX = ThreadLocal.withInitial(() -> 0);

    private TorchRuntime() {
    }

    private static synchronized Engine engine() {
        setDefault("ai.djl.offline", "true");
        if (System.getenv("PYTORCH_LIBRARY_PATH") == null && System.getProperty("PYTORCH_LIBRARY_PATH") == null) {
            if (System.getenv("PYTORCH_FLAVOR") == null) {
                setDefault("PYTORCH_FLAVOR", "cpu");
            }
        }
        NativeHeap.keepTensorMemory();
        try {
            return Engine.getEngine(ENGINE);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new IllegalStateException("cannot start DJL's PyTorch engine: " + e.getMessage(), e);
        }
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** The DJL device for a choice; {@code auto} takes the GPU when the engine sees one. */
    public static Device device(ComputeDevice choice) {
        Engine engine = engine();
        int gpus = engine.getGpuCount();
        return switch (choice) {
            case CPU -> Device.cpu();
            case GPU -> {
                if (gpus == 0) {
                    throw new IllegalArgumentException("device gpu requested but the PyTorch engine sees no GPU"
                            + " — set PYTORCH_LIBRARY_PATH to a CUDA libtorch 2.7.1 (see README) or use cpu");
                }
                yield gpu(gpus);
            }
            case AUTO -> gpus > 0 ? gpu(gpus) : Device.cpu();
        };
    }

    private static Device gpu(int gpus) {
        int index = GPU_INDEX.get();
        if (index >= gpus) {
            throw new IllegalArgumentException("GPU " + index + " assigned but the PyTorch engine sees " + gpus
                    + " GPU" + (gpus == 1 ? "" : "s"));
        }
        return Device.gpu(index);
    }

    /**
     * Runs {@code body} with device {@code gpu} (and {@code auto}, when there is a GPU) meaning GPU {@code index}
     * on this thread: a cluster's task evaluates on the GPU its scheduler assigned it, not always the first. What
     * {@code body} builds keeps its device after it returns.
     */
    public static <T> T onGpu(int index, java.util.function.Supplier<T> body) {
        if (index < 0) {
            throw new IllegalArgumentException("a GPU index is at least 0, got " + index);
        }
        Integer before = GPU_INDEX.get();
        GPU_INDEX.set(index);
        try {
            return body.get();
        } finally {
            GPU_INDEX.set(before);
        }
    }

    /** A new root manager on the chosen device. */
    public static NDManager newManager(ComputeDevice choice) {
        Device device = device(choice);
        return engine().newBaseManager(device);
    }

    /**
     * Sets how many threads PyTorch's CPU operators called from the current thread use, and only there.
     *
     * <p>PyTorch keeps the setting per thread (OpenMP's and MKL's are thread-local), but initialises a thread's
     * lazily, on its first operator, from a process-wide value that {@code set_num_threads} also overwrites. So
     * the current thread is initialised first (else a later lazy start would undo the setting), and the
     * process-wide value is put back from a short-lived thread: threads that set nothing, such as training
     * workers, keep starting from PyTorch's default.
     */
    public static void setIntraOpThreads(int threads) {
        int processDefault = defaultIntraOpThreads();
        JniUtils.getNumThreads();
        JniUtils.setNumThreads(threads);
        Thread restore = new Thread(() -> JniUtils.setNumThreads(processDefault), "redshift-torch-threads");
        restore.start();
        try {
            restore.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The intra-op threads a thread that sets nothing gets, read once from a fresh thread at first use. */
    private static synchronized int defaultIntraOpThreads() {
        if (defaultIntraOpThreads == 0) {
            engine();
            int[] read = new int[1];
            Thread probe = new Thread(() -> read[0] = JniUtils.getNumThreads(), "redshift-torch-threads");
            probe.start();
            try {
                probe.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            defaultIntraOpThreads = Math.max(1, read[0]);
        }
        return defaultIntraOpThreads;
    }

    /** Engine name and version, for reports. */
    public static String describe(ComputeDevice choice) {
        Engine engine = engine();
        return engine.getEngineName() + " " + engine.getVersion() + " on " + device(choice);
    }
}
