package dev.redshift.measure;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The order in which the LZ measures read a 2-D grid (DESIGN §9, option {@code ordering} of {@code lz} and
 * {@code lz76}; the paper's App. D finds LZ insensitive to it). With m points per axis and Y[i][j]:
 * <ul>
 * <li>{@code rows} (default, DESIGN §3): the first index fastest, s_{i + m·j} = Y[i][j];</li>
 * <li>{@code snake}: the same lines, every other one backwards (j odd: i from m − 1 down to 0), so consecutive
 * symbols are always neighbours on the grid;</li>
 * <li>{@code zigzag}: the anti-diagonals i + j = 0, 1, …, 2m − 2 in turn, i rising on odd diagonals and falling on
 * even ones (JPEG's order);</li>
 * <li>{@code spiral}: from Y[0][0] along the second index, clockwise round the outer ring and then ring by ring
 * inwards.</li>
 * </ul>
 * 1-D grids and sequences are read as they are under every ordering.
 */
public enum GridOrdering {
    ROWS, SNAKE, ZIGZAG, SPIRAL;

    /** The lower-case name used in specs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code rows}, {@code snake}, {@code zigzag} or {@code spiral}; the error names them. */
    public static GridOrdering parse(String text) {
        for (GridOrdering o : values()) {
            if (o.id().equals(text)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown ordering '" + text + "' — expected one of "
                + Arrays.stream(values()).map(GridOrdering::id).collect(Collectors.joining(", ")));
    }

    /** The grid's values in this order. */
    double[] read(GridValues grid) {
        if (grid.dims() == 1 || this == ROWS) {
            return grid.firstIndexFastest();
        }
        int[] order = order(grid.size());
        double[] v = grid.values();
        double[] s = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            s[k] = v[order[k]];
        }
        return s;
    }

    /** Position k of the sequence is Y's row-major element order[k] (i·m + j) on an m×m grid. */
    int[] order(int m) {
        int[] out = new int[m * m];
        int k = 0;
        switch (this) {
            case ROWS, SNAKE -> {
                for (int j = 0; j < m; j++) {
                    boolean backwards = this == SNAKE && j % 2 == 1;
                    for (int t = 0; t < m; t++) {
                        int i = backwards ? m - 1 - t : t;
                        out[k++] = i * m + j;
                    }
                }
            }
            case ZIGZAG -> {
                for (int d = 0; d <= 2 * (m - 1); d++) {
                    int lo = Math.max(0, d - (m - 1));
                    int hi = Math.min(d, m - 1);
                    for (int t = 0; t <= hi - lo; t++) {
                        int i = d % 2 == 1 ? lo + t : hi - t;
                        out[k++] = i * m + (d - i);
                    }
                }
            }
            case SPIRAL -> {
                int top = 0;
                int bottom = m - 1;
                int left = 0;
                int right = m - 1;
                while (top <= bottom && left <= right) {
                    for (int j = left; j <= right; j++) {
                        out[k++] = top * m + j;
                    }
                    for (int i = top + 1; i <= bottom; i++) {
                        out[k++] = i * m + right;
                    }
                    if (top < bottom) {
                        for (int j = right - 1; j >= left; j--) {
                            out[k++] = bottom * m + j;
                        }
                    }
                    if (left < right) {
                        for (int i = bottom - 1; i > top; i--) {
                            out[k++] = i * m + left;
                        }
                    }
                    top++;
                    bottom--;
                    left++;
                    right--;
                }
            }
            default -> throw new IllegalStateException(id());
        }
        return out;
    }
}
