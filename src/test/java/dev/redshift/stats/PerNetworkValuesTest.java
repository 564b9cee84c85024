package dev.redshift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The per-network values summaries and spreads compute, checked by hand. */
class PerNetworkValuesTest {

    @Test
    void aSlopeIsCentredSoLevelsFarFromZeroLoseNoPrecision() {
        // levels near 1e8: the uncentred formulas (Σxy − n·x̄ȳ) lose every digit of the slope here
        double[] x = {1e8 + 0.1, 1e8 + 1.3, 1e8 + 2.2, 1e8 + 3.7};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3 * x[i] + 0.5;
        }
        assertThat(LeastSquaresSlope.of(x, y)).isCloseTo(3, within(1e-6));
    }

    @Test
    void aSlopeNeedsTwoDistinctLevelsAndPairedValues() {
        assertThatThrownBy(() -> LeastSquaresSlope.of(new double[] {2, 2, 2}, new double[] {1, 2, 3}))
                .hasMessage("a slope needs two or more distinct levels");
        assertThatThrownBy(() -> LeastSquaresSlope.of(new double[] {1, 2}, new double[] {1, 2, 3}))
                .hasMessage("2 levels for 3 values");
    }

    @Test
    void pairKIsTheRelativeDifferenceOfNetworks2kAnd2kPlus1() {
        // measure 0 of network n is v0[n], measure 1 is v1[n]
        double[] v0 = {0, 0, 3, 4, 5, 6, -3, -1, -1, 1};
        double[] v1 = {0, 0, 10, 30, 2, 2, 1, 4, 7, 9};
        ValueSource networks = (first, count) -> {
            double[][] out = new double[2][count];
            for (int k = 0; k < count; k++) {
                out[0][k] = v0[(int) first + k];
                out[1][k] = v1[(int) first + k];
            }
            return out;
        };
        Draws pairs = new RelativePairDifference(networks).draws(1, 4); // networks 2..9
        assertThat(pairs.count()).isEqualTo(4);
        assertThat(pairs.nonFinite()).containsExactly(false, false, false, false);
        double[] m0 = pairs.values()[0];
        assertThat(m0[0]).isCloseTo(1 / 3.5, within(1e-12));
        assertThat(m0[1]).isCloseTo(1 / 5.5, within(1e-12));
        assertThat(m0[2]).isCloseTo(1.0, within(1e-12)); // |−3 − −1| / |−2|
        assertThat(m0[3]).isNaN(); // −1 and 1: no level to be relative to
        double[] m1 = pairs.values()[1];
        assertThat(m1[0]).isCloseTo(20 / 20.0, within(1e-12));
        assertThat(m1[1]).isZero();
        assertThat(m1[2]).isCloseTo(3 / 2.5, within(1e-12));
        assertThat(m1[3]).isCloseTo(2 / 8.0, within(1e-12));
        assertThat(new RelativePairDifference(networks).draw(1, 1)[0][0]).isCloseTo(1 / 3.5, within(1e-12));
    }

    @Test
    void aPairWithANonFiniteNetworkIsNonFiniteWhicheverOfTheTwoItIs() {
        ValueSource networks = new ValueSource() {
            @Override
            public double[][] draw(long first, int count) {
                return draws(first, count).values();
            }

            @Override
            public Draws draws(long first, int count) {
                double[][] v = new double[1][count];
                boolean[] nonFinite = new boolean[count];
                for (int k = 0; k < count; k++) {
                    long n = first + k;
                    nonFinite[k] = n == 1 || n == 4;
                    v[0][k] = nonFinite[k] ? Double.NaN : 1 + n;
                }
                return new Draws(v, nonFinite);
            }
        };
        Draws pairs = new RelativePairDifference(networks).draws(0, 3); // (0, 1) (2, 3) (4, 5)
        assertThat(pairs.nonFinite()).containsExactly(true, false, true);
        assertThat(pairs.values()[0][0]).isNaN();
        assertThat(pairs.values()[0][1]).isCloseTo(1 / 3.5, within(1e-12));
        assertThat(pairs.values()[0][2]).isNaN();
    }

    @Test
    void aMillionReadsInScientificNotation() {
        assertThat(Numbers.format(1e6)).isEqualTo("1.00e+06");
        assertThat(Numbers.format(999_999)).isEqualTo("999999");
        assertThat(Numbers.format(Double.NEGATIVE_INFINITY)).isEqualTo("−∞");
    }
}
