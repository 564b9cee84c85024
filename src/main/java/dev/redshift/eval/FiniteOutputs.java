package dev.redshift.eval;

/**
 * Whether a network's outputs are all finite. A network that overflows float32 (a huge weight scale or
 * prefactor) gives infinities, and their differences NaN: no measure is defined on them, so the sampler
 * marks such a network instead of measuring it.
 */
final class FiniteOutputs {

    private FiniteOutputs() {
    }

    /** Whether {@code outputs[offset .. offset+length−1]} are all finite. */
    static boolean all(float[] outputs, int offset, int length) {
        for (int k = offset; k < offset + length; k++) {
            if (!Float.isFinite(outputs[k])) {
                return false;
            }
        }
        return true;
    }
}
