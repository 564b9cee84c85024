package dev.redshift.train;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.function.Supplier;

/**
 * Records and back-propagates on the calling thread only. DJL's GradientCollector allows one collector per
 * process (a static flag), which would serialise batches that train side by side on separate cores; PyTorch's
 * grad mode is per thread, so each training thread switches its own on and calls backward itself.
 */
final class Autograd {

    private Autograd() {
    }

    /** The result of {@code forward}, computed with gradient recording on for this thread. */
    static <T> T recording(Supplier<T> forward) {
        boolean previous = JniUtils.isGradMode();
        JniUtils.setGradMode(true);
        try {
            return forward.get();
        } finally {
            JniUtils.setGradMode(previous);
        }
    }

    /** Adds d(scalar)/dθ to the gradient of every array θ that requires one. */
    static void backward(NDArray scalar) {
        try (NDArray seed = scalar.onesLike()) {
            JniUtils.backward((PtNDArray) scalar, (PtNDArray) seed, false, false);
        }
    }
}
