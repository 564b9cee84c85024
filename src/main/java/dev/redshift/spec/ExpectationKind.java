package dev.redshift.spec;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The expectations a spec may name (DESIGN §4). */
public enum ExpectationKind {
    INVARIANT("invariant"), INCREASING("increasing"), DECREASING("decreasing"),
    STRICTLY_INCREASING("strictly increasing"), STRICTLY_DECREASING("strictly decreasing"),
    LESS("less"), GREATER("greater"), EQUIVALENT("equivalent"), WITHIN("within"), CORRELATED("correlated"),
    /** {@code {fraction-decreasing: p}} or {@code {fraction-increasing: p}}: the share of networks that moved. */
    FRACTION("fraction");

    private final String id;

    ExpectationKind(String id) {
        this.id = id;
    }

    /** The name in specs. */
    public String id() {
        return id;
    }

    /** Parses an expectation name; the error lists every allowed one. */
    public static ExpectationKind parse(String text) {
        String normal = text.trim().replaceAll("\\s+", " ");
        for (ExpectationKind k : values()) {
            if (k.id.equals(normal)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown expectation '" + text + "' — expected one of " + allowed());
    }

    /** Every allowed name, for messages. */
    public static String allowed() {
        return Arrays.stream(values()).map(k -> k == WITHIN ? "{within: [lo, hi]}"
                : k == CORRELATED ? "{correlated: r}, {anticorrelated: r}, {uncorrelated: m}"
                : k == FRACTION ? "{fraction-decreasing: p}, {fraction-increasing: p}" : k.id).collect(Collectors.joining(", "));
    }
}
