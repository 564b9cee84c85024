package dev.redshift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionSpreadTest {

    @Test
    void runsThatAllAgreeKeepTheSpreadOfTheSmoothedProportion() {
        Summary none = ProportionSpread.floored(Summary.of(new double[] {0, 0, 0, 0, 0, 0}));
        assertThat(none.mean()).isZero();
        assertThat(none.sd()).isCloseTo(Math.sqrt(0.2 * 0.8), within(1e-12)); // (0 + 2)/(6 + 4)
        Summary all = ProportionSpread.floored(Summary.of(new double[] {1, 1, 1, 1, 1, 1}));
        assertThat(all.mean()).isEqualTo(1);
        assertThat(all.sd()).isCloseTo(Math.sqrt(0.8 * 0.2), within(1e-12)); // (6 + 2)/(6 + 4)
    }

    @Test
    void aSpreadAboveTheFloorIsKept() {
        double[] half = {0, 1, 0, 1};
        assertThat(ProportionSpread.floored(Summary.of(half)).sd()).isEqualTo(Summary.of(half).sd())
                .isGreaterThan(0.5);
    }

    @Test
    void onlyZerosAndOnesAreAProportion() {
        assertThat(ProportionSpread.isProportion(new double[] {0, 0, 0.5, 0})).isFalse();
        assertThat(ProportionSpread.isProportion(new double[] {2, 2, 2})).isFalse();
        assertThat(ProportionSpread.isProportion(new double[0])).isFalse();
        assertThat(ProportionSpread.isProportion(new double[] {1, 0, 1})).isTrue();
    }
}
