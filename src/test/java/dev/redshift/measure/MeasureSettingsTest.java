package dev.redshift.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Measure names, options and the values they hold, and the 1-D polynomial measure on exact polynomials. */
class MeasureSettingsTest {

    @Test
    void optionsChangeOneSettingAtATime() {
        MeasureOptions d = MeasureOptions.DEFAULTS;
        // DESIGN §3: maxOrder 20, method fit, border 3, levels 10
        assertThat(d).isEqualTo(new MeasureOptions(20, PolynomialMethod.FIT, 3, 10));
        assertThat(d.withMaxOrder(7)).isEqualTo(new MeasureOptions(7, PolynomialMethod.FIT, 3, 10));
        assertThat(d.withPolynomialMethod(PolynomialMethod.QUADRATURE))
                .isEqualTo(new MeasureOptions(20, PolynomialMethod.QUADRATURE, 3, 10));
        assertThat(d.withBorder(1)).isEqualTo(new MeasureOptions(20, PolynomialMethod.FIT, 1, 10));
        assertThat(d.withLevels(4)).isEqualTo(new MeasureOptions(20, PolynomialMethod.FIT, 3, 4));
        // fourier's DC term: excluded by default (DESIGN §3), included on request (Appendix D)
        assertThat(d.fourierDc()).isEqualTo(FourierDc.EXCLUDE);
        assertThat(d.withFourierDc(FourierDc.INCLUDE)).isNotEqualTo(d)
                .isEqualTo(new MeasureOptions(20, PolynomialMethod.FIT, 3, 10, GridOrdering.ROWS,
                        d.volume(), FourierDc.INCLUDE));
    }

    @Test
    void polynomialMethodsParseByTheirIds() {
        assertThat(PolynomialMethod.parse("fit")).isEqualTo(PolynomialMethod.FIT);
        assertThat(PolynomialMethod.parse("quadrature")).isEqualTo(PolynomialMethod.QUADRATURE);
        assertThat(PolynomialMethod.QUADRATURE.id()).isEqualTo("quadrature");
        assertThatThrownBy(() -> PolynomialMethod.parse("FIT"))
                .hasMessage("unknown polynomial method 'FIT' — expected one of fit, quadrature");
    }

    @Test
    void theCatalogNamesEveryMeasureInOrder() {
        assertThat(MeasureCatalog.all(MeasureOptions.DEFAULTS)).extracting(ComplexityMeasure::name)
                .containsExactly("fourier", "chebyshev", "legendre", "lz", "lz76");
        assertThat(MeasureCatalog.byName("fourier-hann", MeasureOptions.DEFAULTS).name()).isEqualTo("fourier-hann");
        assertThatThrownBy(() -> MeasureCatalog.byName("lzz", MeasureOptions.DEFAULTS))
                .hasMessage("unknown measure 'lzz' — expected one of fourier, chebyshev, legendre, lz, lz76,"
                        + " fourier-hann, fourier-dip");
    }

    @Test
    void gridMeasuresRefuseSequencesAndLzTakesEverything() {
        Observation tokens = new TokenSequence(new int[] {1, 2, 3, 4});
        Observation grid = GridValues.ofLine(new double[] {1, 2, 3, 4});
        for (ComplexityMeasure m : MeasureCatalog.all(MeasureOptions.DEFAULTS)) {
            boolean lz = m.name().startsWith("lz");
            assertThat(m.accepts(tokens)).as(m.name()).isEqualTo(lz);
            assertThat(m.accepts(grid)).as(m.name()).isTrue();
        }
    }

    @Test
    void complexityIsAValueOrAReason() {
        assertThat(Complexity.of(3).isDefined()).isTrue();
        assertThat(Complexity.of(3).value()).isEqualTo(3);
        Complexity u = Complexity.undefined("constant function");
        assertThat(u.isDefined()).isFalse();
        assertThat(u.value()).isNaN();
        assertThat(u.undefinedReason()).isEqualTo("constant function");
    }

    @Test
    void gridValuesAreRowMajor() {
        GridValues g = GridValues.ofRows(new double[][] {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}});
        assertThat(g.at(1, 2)).isEqualTo(7);
        assertThat(g.at(3, 0)).isEqualTo(13);
        assertThat(g.length()).isEqualTo(16);
        assertThat(g.firstIndexFastest()).startsWith(1, 5, 9, 13, 2, 6);
        double[] line = {4, 3, 2, 1};
        GridValues l = GridValues.ofLine(line);
        line[0] = 99;
        assertThat(l.values()).containsExactly(4, 3, 2, 1);
        assertThat(l.firstIndexFastest()).containsExactly(4, 3, 2, 1);
        assertThat(new GridValues(4, 1, new double[4]).size()).isEqualTo(4);
        assertThatThrownBy(() -> new GridValues(3, 1, new double[3]))
                .hasMessage("a grid needs at least 4 points per axis, got 3");
        assertThatThrownBy(() -> new GridValues(4, 3, new double[64])).hasMessage("a grid has 1 or 2 axes, got 3");
        assertThatThrownBy(() -> new GridValues(4, 2, new double[15]))
                .hasMessage("a 4-point 2-D grid holds 16 values, got 15");
        assertThatThrownBy(() -> GridValues.ofRows(new double[][] {{1, 2, 3, 4}, {1, 2, 3}, {1, 2, 3, 4}, {1, 2, 3, 4}}))
                .hasMessage("row 1 has 3 values, expected 4");
    }

    @Test
    void aOneDimensionalPolynomialHasItsOrderAsComplexity() {
        // T₅ on 64 points of [−1, 1]: its only Chebyshev coefficient beyond c₀ is c₅ → C = 5
        int m = 64;
        double[] t5 = new double[m];
        double[] mixed = new double[m];
        for (int i = 0; i < m; i++) {
            double x = -1 + 2.0 * i / (m - 1);
            t5[i] = Math.cos(5 * Math.acos(x));
            // 3·T₂ + T₆: C = (3·2 + 1·6) / (3 + 1) = 3
            mixed[i] = 3 * Math.cos(2 * Math.acos(x)) + Math.cos(6 * Math.acos(x));
        }
        ComplexityMeasure chebyshev = MeasureCatalog.byName("chebyshev", MeasureOptions.DEFAULTS);
        assertThat(chebyshev.measure(GridValues.ofLine(t5)).value()).isCloseTo(5, within(1e-9));
        assertThat(chebyshev.measure(GridValues.ofLine(mixed)).value()).isCloseTo(3, within(1e-9));
        // with orders only up to 4, T₅ cannot be represented: every counted order is at most 4
        ComplexityMeasure capped = MeasureCatalog.byName("chebyshev", MeasureOptions.DEFAULTS.withMaxOrder(4));
        assertThat(capped.measure(GridValues.ofLine(t5)).value()).isGreaterThan(0).isLessThanOrEqualTo(4);
        // Legendre: P₃(x) = (5x³ − 3x)/2 → C = 3
        double[] p3 = new double[m];
        for (int i = 0; i < m; i++) {
            double x = -1 + 2.0 * i / (m - 1);
            p3[i] = (5 * x * x * x - 3 * x) / 2;
        }
        assertThat(MeasureCatalog.byName("legendre", MeasureOptions.DEFAULTS).measure(GridValues.ofLine(p3)).value())
                .isCloseTo(3, within(1e-9));
    }
}
