package dev.redshift.measure;

/**
 * LZ76 complexity (DESIGN §3, measure {@code lz76}): the Kaspar–Schuster count c(s) of the Lempel–Ziv (1976)
 * exhaustive history, symmetrised as in Dingle, Camargo and Louis (2018), "Input–output maps are strongly
 * biased towards simple outputs", Nat. Commun. 9:761: {@code C = log2(n) · (c(s) + c(reverse s)) / 2}, and
 * {@code log2(n)} for a constant sequence.
 */
public final class Lz76Complexity implements ComplexityMeasure {

    private final Symbolizer symbolizer;

    /** LZ76 over {@code levels} equal-width bins. */
    public Lz76Complexity(int levels) {
        this(levels, GridOrdering.ROWS);
    }

    /** Over {@code levels} equal-width bins, a 2-D grid read in {@code ordering}. */
    public Lz76Complexity(int levels, GridOrdering ordering) {
        this.symbolizer = new Symbolizer(new Quantizer(levels), ordering);
    }

    public Lz76Complexity() {
        this(LzComplexity.DEFAULT_LEVELS);
    }

    @Override
    public String name() {
        return "lz76";
    }

    @Override
    public boolean accepts(Observation observation) {
        return true;
    }

    @Override
    public Complexity measure(Observation observation) {
        int[] symbols = symbolizer.symbols(observation);
        return symbols == null ? Complexity.undefined(Grids.NON_FINITE_REASON) : Complexity.of(symmetrised(symbols));
    }

    /** The symmetrised, length-normalised LZ76 complexity of a symbol sequence. */
    public static double symmetrised(int[] s) {
        int n = s.length;
        if (n == 0) {
            return 0;
        }
        double log2n = Math.log(n) / Math.log(2);
        if (isConstant(s)) {
            return log2n;
        }
        int[] reversed = new int[n];
        for (int k = 0; k < n; k++) {
            reversed[k] = s[n - 1 - k];
        }
        return log2n * (kasparSchuster(s) + kasparSchuster(reversed)) / 2.0;
    }

    /**
     * Kaspar & Schuster (1987), Phys. Rev. A 36:842, the number of components of the exhaustive history.
     * {@code l} is where the current component starts, {@code i} the start of the candidate earlier copy and
     * {@code k} the length matched so far.
     */
    public static int kasparSchuster(int[] s) {
        int n = s.length;
        if (n < 2) {
            return n;
        }
        int c = 1;
        int l = 1;
        int i = 0;
        int k = 1;
        int kMax = 1;
        while (true) {
            if (s[i + k - 1] == s[l + k - 1]) {
                k++;
                if (l + k > n) {
                    c++;
                    break;
                }
            } else {
                kMax = Math.max(kMax, k);
                i++;
                if (i == l) {
                    c++;
                    l += kMax;
                    if (l + 1 > n) {
                        break;
                    }
                    i = 0;
                    k = 1;
                    kMax = 1;
                } else {
                    k = 1;
                }
            }
        }
        return c;
    }

    private static boolean isConstant(int[] s) {
        for (int v : s) {
            if (v != s[0]) {
                return false;
            }
        }
        return true;
    }
}
