package dev.redshift.stats;

import java.util.Locale;

/** How numbers read in evidence: about three significant figures, no exponents for everyday magnitudes. */
public final class Numbers {

    private Numbers() {
    }

    /** {@code 560}, {@code 12.3}, {@code 4.56}, {@code 0.0123}. */
    public static String format(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(x);
        String s;
        if (a >= 1e6 || (a > 0 && a < 1e-3)) {
            s = String.format(Locale.ROOT, "%.3g", x);
        } else if (a >= 100) {
            s = String.format(Locale.ROOT, "%.0f", x);
        } else if (a >= 10) {
            s = String.format(Locale.ROOT, "%.1f", x);
        } else if (a >= 1) {
            s = String.format(Locale.ROOT, "%.2f", x);
        } else {
            s = String.format(Locale.ROOT, "%.3f", x);
        }
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }
}
