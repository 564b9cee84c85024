package dev.redshift.cache;

import java.nio.ByteBuffer;

/**
 * One network's cached values: its value under every measure (bit for bit, NaN included) and whether its outputs
 * were not finite.
 *
 * @param values one value per measure
 * @param nonFinite the sampler's mark for a network whose outputs held an infinity or NaN
 */
public record StoredNetwork(double[] values, boolean nonFinite) {

    /** A flag byte, then the raw bits of each value. */
    byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(1 + values.length * Double.BYTES);
        b.put((byte) (nonFinite ? 1 : 0));
        for (double v : values) {
            b.putLong(Double.doubleToRawLongBits(v));
        }
        return b.array();
    }

    /** The network in {@code data}, or null when it fails its checksum or does not hold {@code measures} values. */
    static StoredNetwork decode(byte[] data, long crc, int measures) {
        if (data == null || data.length != 1 + measures * Double.BYTES || SampleStore.crc(data) != crc
                || (data[0] != 0 && data[0] != 1)) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(data);
        boolean nonFinite = b.get() == 1;
        double[] values = new double[measures];
        for (int m = 0; m < measures; m++) {
            values[m] = Double.longBitsToDouble(b.getLong());
        }
        return new StoredNetwork(values, nonFinite);
    }
}
