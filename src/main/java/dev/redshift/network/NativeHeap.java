package dev.redshift.network;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * Keeps glibc from handing tensor-sized blocks back to the kernel after every batch.
 *
 * <p>PyTorch allocates CPU tensors with plain {@code malloc}. A batch of the default MLP makes a dozen 2–4 MiB
 * tensors; glibc returns the freed top of a thread's heap to the kernel once it exceeds its trim threshold, so
 * the next batch faults every page in again (about 500 page faults a batch, some 7% of evaluation). Raising the
 * mmap and trim thresholds (both must be set: setting one stops glibc adapting the other) lets the heap keep
 * the few MiB a worker reuses. Elsewhere than glibc on Linux this does nothing.
 */
final class NativeHeap {

    private static final int M_TRIM_THRESHOLD = -1;
    private static final int M_MMAP_THRESHOLD = -3;
    /** glibc's largest mmap threshold on 64-bit (HEAP_MAX_SIZE / 2). */
    private static final int MMAP_THRESHOLD = 32 << 20;
    private static final int TRIM_THRESHOLD = 64 << 20;

    private static boolean done;

    private NativeHeap() {
    }

    static synchronized void keepTensorMemory() {
        if (done || !Platform.isLinux()) {
            return;
        }
        done = true;
        try {
            Function mallopt = NativeLibrary.getInstance("c").getFunction("mallopt");
            mallopt.invokeInt(new Object[] {M_MMAP_THRESHOLD, MMAP_THRESHOLD});
            mallopt.invokeInt(new Object[] {M_TRIM_THRESHOLD, TRIM_THRESHOLD});
        } catch (UnsatisfiedLinkError e) {
            // no glibc: its defaults stay, which only costs speed
        }
    }
}
