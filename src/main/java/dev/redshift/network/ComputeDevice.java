package dev.redshift.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where networks are evaluated. */
public enum ComputeDevice {
    /** The CPU, always available. */
    CPU,
    /** The first GPU; an error when the PyTorch library has no CUDA support or no GPU is visible. */
    GPU,
    /** The first GPU when there is one, else the CPU. */
    AUTO;

    /** Parses {@code cpu}, {@code gpu} or {@code auto}; the error names the allowed values. */
    public static ComputeDevice parse(String text) {
        for (ComputeDevice d : values()) {
            if (d.name().equalsIgnoreCase(text.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown device '" + text + "' — expected one of "
                + Arrays.stream(values()).map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
