package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.measure.GridOrdering;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.measure.PolynomialMethod;
import dev.redshift.measure.volume.LocalVolumeOptions;
import org.junit.jupiter.api.Test;

class MeasureChoiceLabelTest {

    @Test
    void aMeasureAtItsDefaultsReadsAsItsName() {
        assertThat(new MeasureChoice("lz", MeasureOptions.DEFAULTS).label()).isEqualTo("lz");
    }

    @Test
    void settingsThatDifferFromTheDefaultsFollowTheNameInTheSpecsWords() {
        MeasureOptions snake = MeasureOptions.DEFAULTS.withOrdering(GridOrdering.SNAKE).withLevels(20);
        assertThat(new MeasureChoice("lz", snake).label()).isEqualTo("lz {levels: 20, ordering: snake}");
        MeasureOptions quadrature = MeasureOptions.DEFAULTS.withPolynomialMethod(PolynomialMethod.QUADRATURE)
                .withMaxOrder(100);
        assertThat(new MeasureChoice("legendre", quadrature).label())
                .isEqualTo("legendre {maxOrder: 100, method: quadrature}");
    }

    @Test
    void localVolumeSettingsAreNamedAsInTheSpec() {
        LocalVolumeOptions v = LocalVolumeOptions.DEFAULTS.withRtol(1e-3)
                .withStatistic(LocalVolumeOptions.Statistic.LOG_MEAN_EXP);
        assertThat(new MeasureChoice("local-volume", MeasureOptions.DEFAULTS.withVolume(v)).label())
                .isEqualTo("local-volume {statistic: log-mean-exp, rtol: 0.001}");
    }

    @Test
    void aClaimComparingAMeasureWithItselfNamesBothReadings() {
        ClaimPlan plan = new SpecParser().parse("labels.yaml", """
                spec: labels
                defaults:
                  network: mlp
                claims:
                  - claim: rows and snake agree
                    over: [ { activation: tanh, weightScale: 4 } ]
                    measures: [ lz, { name: lz, ordering: snake } ]
                    expect: { correlated: 0.8 }
                """).claims().get(0).plan();
        assertThat(plan.measureLabels()).containsExactly("lz", "lz {ordering: snake}");
        assertThat(plan.measureNames()).containsExactly("lz", "lz");
    }
}
