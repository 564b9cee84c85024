package dev.redshift.network;

/**
 * What evaluating a configuration's networks holds in memory, in bytes, computed without overflow: every
 * product saturates at {@link Long#MAX_VALUE}, so an absurd size reads as "too large", never as a negative
 * number.
 *
 * @param sharedJavaBytes Java arrays a batch needs whatever its size (one model shared by the whole seed)
 * @param sharedDeviceBytes device memory a batch needs whatever its size
 * @param perNetworkJavaBytes Java arrays one network needs: its weights as drawn, and copies made for the device
 * @param perNetworkDeviceBytes device memory one network needs: its weights and the live tensors of its forward
 *     pass at the domain's points
 * @param largestArray elements of the largest single Java array one network needs (e.g. one layer's weights);
 *     a batch multiplies it by its size
 * @param size the parameters these sizes grow with, as they read in a message ("mlp with width 64, depth 3")
 */
public record NetworkFootprint(long sharedJavaBytes, long sharedDeviceBytes, long perNetworkJavaBytes,
        long perNetworkDeviceBytes, long largestArray, String size) {

    /** The product, or {@link Long#MAX_VALUE} when it does not fit a long (sizes are never negative). */
    public static long times(long... factors) {
        long p = 1;
        for (long f : factors) {
            if (f != 0 && p > Long.MAX_VALUE / f) {
                return Long.MAX_VALUE;
            }
            p *= f;
        }
        return p;
    }

    /** The sum, saturating at {@link Long#MAX_VALUE}. */
    public static long plus(long... terms) {
        long s = 0;
        for (long t : terms) {
            s = s > Long.MAX_VALUE - t ? Long.MAX_VALUE : s + t;
        }
        return s;
    }
}
