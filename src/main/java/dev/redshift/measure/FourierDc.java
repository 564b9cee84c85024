package dev.redshift.measure;

import java.util.Arrays;
import java.util.Locale;

/**
 * Whether the constant (DC) term of the spectrum counts in {@code fourier}. The paper gives two readings: the main
 * text sums over k = 1..K (the DC term dropped from both sums), Appendix D over K = [0..m/2]^d (the DC magnitude in
 * the denominator; its ‖k‖ = 0 adds nothing to the numerator).
 */
public enum FourierDc {
    /** DESIGN §3's reading, the main text's k = 1..K: the default. */
    EXCLUDE,
    /** Appendix D's formula, k ∈ [0..m/2]^d. */
    INCLUDE;

    /** The spec's word for it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The reading called {@code id}.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static FourierDc parse(String id) {
        for (FourierDc d : values()) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dc '" + id + "' — expected one of "
                + String.join(", ", Arrays.stream(values()).map(FourierDc::id).toList()));
    }
}
