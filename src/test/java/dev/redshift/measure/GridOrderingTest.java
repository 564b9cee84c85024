package dev.redshift.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The orders in which LZ reads a grid (DESIGN §9), written out by hand on small grids. */
class GridOrderingTest {

    /** Y[i][j] = 10·i + j on a 4×4 grid, so a read value names its cell. */
    private static final GridValues CELLS = GridValues.ofRows(new double[][] {
        {0, 1, 2, 3}, {10, 11, 12, 13}, {20, 21, 22, 23}, {30, 31, 32, 33}});

    @Test
    void rowsReadsTheFirstIndexFastestAsDesignSection3Says() {
        assertThat(GridOrdering.ROWS.read(CELLS)).containsExactly(
                0, 10, 20, 30, 1, 11, 21, 31, 2, 12, 22, 32, 3, 13, 23, 33);
    }

    @Test
    void snakeReadsEveryOtherLineBackwards() {
        assertThat(GridOrdering.SNAKE.read(CELLS)).containsExactly(
                0, 10, 20, 30, 31, 21, 11, 1, 2, 12, 22, 32, 33, 23, 13, 3);
    }

    @Test
    void zigzagWalksTheAntiDiagonalsBackAndForth() {
        assertThat(GridOrdering.ZIGZAG.read(CELLS)).containsExactly(
                0, 1, 10, 20, 11, 2, 3, 12, 21, 30, 31, 22, 13, 23, 32, 33);
    }

    @Test
    void spiralGoesClockwiseRoundTheRingsInwards() {
        assertThat(GridOrdering.SPIRAL.read(CELLS)).containsExactly(
                0, 1, 2, 3, 13, 23, 33, 32, 31, 30, 20, 10, 11, 12, 22, 21);
        GridValues five = GridValues.ofRows(new double[][] {
            {0, 1, 2, 3, 4}, {10, 11, 12, 13, 14}, {20, 21, 22, 23, 24}, {30, 31, 32, 33, 34}, {40, 41, 42, 43, 44}});
        assertThat(GridOrdering.SPIRAL.read(five)).containsExactly(0, 1, 2, 3, 4, 14, 24, 34, 44, 43, 42, 41, 40, 30,
                20, 10, 11, 12, 13, 23, 33, 32, 31, 21, 22);
    }

    @Test
    void everyOrderingVisitsEveryCellOnceAndLeavesLinesAlone() {
        for (GridOrdering o : GridOrdering.values()) {
            for (int m : new int[] {4, 5, 64}) {
                int[] order = o.order(m);
                assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(
                        java.util.stream.IntStream.range(0, m * m).toArray());
            }
            double[] line = {3, 1, 4, 1, 5, 9, 2, 6};
            assertThat(o.read(GridValues.ofLine(line))).containsExactly(line);
        }
    }

    @Test
    void theLzMeasuresReadTheirGridInTheGivenOrdering() {
        // Y[i][j] = (i² + 3j) mod 5 in 3 levels: LZ78 counts 8 phrases read in rows, 7 read in a spiral (by hand,
        // in Python: rows 0022221101002022, spiral 0202022012202101)
        GridValues y = GridValues.ofRows(new double[][] {{0, 3, 1, 4}, {1, 4, 2, 0}, {4, 2, 0, 3}, {4, 2, 0, 3}});
        assertThat(new LzComplexity(3).measure(y).value()).isEqualTo(8);
        assertThat(new LzComplexity(3, GridOrdering.SPIRAL).measure(y).value()).isEqualTo(7);
        assertThat(MeasureCatalog.byName("lz", MeasureOptions.DEFAULTS.withLevels(3)
                .withOrdering(GridOrdering.SPIRAL)).measure(y).value()).isEqualTo(7);
        int[] spiral = {0, 2, 0, 2, 0, 2, 2, 0, 1, 2, 2, 0, 2, 1, 0, 1};
        assertThat(MeasureCatalog.byName("lz76", MeasureOptions.DEFAULTS.withLevels(3)
                .withOrdering(GridOrdering.SPIRAL)).measure(y).value()).isEqualTo(Lz76Complexity.symmetrised(spiral));
        assertThatThrownBy(() -> GridOrdering.parse("hilbert"))
                .hasMessage("unknown ordering 'hilbert' — expected one of rows, snake, zigzag, spiral");
    }
}
