package dev.redshift.measure;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How polynomial coefficients are obtained from grid values (DESIGN §3). */
public enum PolynomialMethod {
    /** Least-squares fit on the whole grid: c = V⁺ · Y · (V⁺)ᵀ. The default. */
    FIT,
    /** The paper's recipe: trapezoid-rule projection on the grid without its border points. */
    QUADRATURE;

    /** The lower-case name used in specs and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code fit} or {@code quadrature}; the error names the allowed values. */
    public static PolynomialMethod parse(String text) {
        for (PolynomialMethod m : values()) {
            if (m.id().equals(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown polynomial method '" + text + "' — expected one of "
                + Arrays.stream(values()).map(PolynomialMethod::id).collect(Collectors.joining(", ")));
    }
}
