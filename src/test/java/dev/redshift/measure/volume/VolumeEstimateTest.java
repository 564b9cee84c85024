package dev.redshift.measure.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VolumeEstimateTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void summariesOfHandWorkedMasses() {
        // G = e^-1, e^-2, e^-3 → mean log −2, log mean exp = log((e^-1 + e^-2 + e^-3)/3)
        VolumeEstimate e = new VolumeEstimate(4, 2, 0.5, new double[] {1, 8, INF}, new double[] {-1, -2, -3}, null);
        assertThat(e.meanLog()).isCloseTo(-2, within(1e-15));
        double lme = Math.log((Math.exp(-1) + Math.exp(-2) + Math.exp(-3)) / 3);
        assertThat(e.logMeanExp()).isCloseTo(lme, within(1e-15));
        assertThat(e.value(LocalVolumeOptions.Statistic.MEAN_LOG)).isEqualTo(e.meanLog());
        assertThat(e.value(LocalVolumeOptions.Statistic.LOG_MEAN_EXP)).isEqualTo(e.logMeanExp());
        // log(1/2) and log(8/2) over the two finite radii
        assertThat(e.meanLogRadius()).isCloseTo((Math.log(0.5) + Math.log(4)) / 2, within(1e-15));
        assertThat(e.infiniteFraction()).isCloseTo(1.0 / 3, within(1e-15));
    }

    @Test
    void logMeanExpOfVeryNegativeMassesStaysInLogSpace() {
        VolumeEstimate e = new VolumeEstimate(4, 1, 1, new double[] {1, 1}, new double[] {-5000, -5000 - Math.log(3)},
                null);
        // (e^-5000 + e^-5000/3)/2 = e^-5000 · 2/3
        assertThat(e.logMeanExp()).isCloseTo(-5000 + Math.log(2.0 / 3), within(1e-9));
        VolumeEstimate empty = new VolumeEstimate(4, 1, 1, new double[] {0, 0},
                new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}, null);
        assertThat(empty.logMeanExp()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void aDroppedNetworkHasNoValues() {
        VolumeEstimate e = new VolumeEstimate(4, 2, 0.5, new double[] {1, 4}, new double[] {-1, -2}, "dropped");
        assertThat(e.meanLog()).isNaN();
        assertThat(e.logMeanExp()).isNaN();
        for (VolumeMeasure m : VolumeMeasure.values()) {
            double value = m.of(e, LocalVolumeOptions.Statistic.MEAN_LOG);
            if (m == VolumeMeasure.DROPPED) {
                assertThat(value).isEqualTo(1);
            } else {
                assertThat(value).as(m.id()).isNaN();
            }
        }
    }

    @Test
    void saturationNeedsMoreThanHalfTheRadiiStrictlyBeyondTheShell() {
        // σ√D = 0.5·√16 = 2
        assertThat(estimate(2.0001, 2.0001, 1).saturated()).isTrue();
        assertThat(estimate(2.0001, 1, 1).saturated()).isFalse();
        assertThat(estimate(2, 2, 2).saturated()).isFalse();
        assertThat(estimate(INF, INF, 1, 1).saturated()).isFalse();
        assertThat(estimate(INF, INF, 3, 1).saturated()).isTrue();
    }

    private static VolumeEstimate estimate(double... radii) {
        return new VolumeEstimate(16, 1, 0.5, radii, new double[radii.length], null);
    }

    @Test
    void everyMeasureOfAKeptNetwork() {
        // D = 16, σ√D = 2; radii 1, 4, ∞ relative to |w0| = 2
        VolumeEstimate e = new VolumeEstimate(16, 2, 0.5, new double[] {1, 4, INF}, new double[] {-1, -2, -3}, null);
        LocalVolumeOptions.Statistic s = LocalVolumeOptions.Statistic.MEAN_LOG;
        assertThat(VolumeMeasure.VOLUME.of(e, s)).isCloseTo(-2, within(1e-15));
        assertThat(VolumeMeasure.PER_PARAMETER.of(e, s)).isCloseTo(-2.0 / 16, within(1e-15));
        assertThat(VolumeMeasure.PER_PARAMETER.of(e, LocalVolumeOptions.Statistic.LOG_MEAN_EXP))
                .isCloseTo(e.logMeanExp() / 16, within(1e-15));
        assertThat(VolumeMeasure.LOG_RADIUS.of(e, s)).isCloseTo(0, within(1e-15));
        assertThat(VolumeMeasure.INFINITE.of(e, s)).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(VolumeMeasure.SATURATED.of(e, s)).isEqualTo(1);
        assertThat(VolumeMeasure.DROPPED.of(e, s)).isZero();
        VolumeEstimate inside = new VolumeEstimate(16, 2, 0.5, new double[] {1, 1}, new double[] {-1, -2}, null);
        assertThat(VolumeMeasure.SATURATED.of(inside, s)).isZero();
    }

    @Test
    void measuresAreFoundByTheirSpecNames() {
        assertThat(VolumeMeasure.NAMES).containsExactly("local-volume", "local-volume-per-parameter",
                "local-volume-log-radius", "local-volume-infinite", "local-volume-saturated", "local-volume-dropped");
        for (VolumeMeasure m : VolumeMeasure.values()) {
            assertThat(VolumeMeasure.byId(m.id())).isSameAs(m);
        }
        assertThat(VolumeMeasure.byId("volume")).isNull();
    }

    @Test
    void geometryOfTheMeasuresPriorScalesSigmaWithTheRmsWeight() {
        RayGeometry g = RayGeometry.of(25, 100, new double[] {1}, 3);
        // |w0| = 10, |w0|/√D = 2
        assertThat(g.sigma()).isCloseTo(6, within(1e-15));
        assertThat(g.norm()).isCloseTo(10, within(1e-15));
    }

    @Test
    void optionsRefuseOutOfRangeSettingsAndKeepTheOthersWhenOneChanges() {
        LocalVolumeOptions d = LocalVolumeOptions.DEFAULTS;
        assertThat(d.withEpsilon(0.5).epsilon()).isEqualTo(0.5);
        assertThat(d.withDirections(7).directions()).isEqualTo(7);
        assertThat(d.withSigmaFactor(2).sigmaFactor()).isEqualTo(2);
        assertThat(d.withStatistic(LocalVolumeOptions.Statistic.LOG_MEAN_EXP).statistic())
                .isEqualTo(LocalVolumeOptions.Statistic.LOG_MEAN_EXP);
        assertThat(d.withCost(LocalVolumeOptions.Cost.KL).cost()).isEqualTo(LocalVolumeOptions.Cost.KL);
        assertThat(d.withProcedure(LocalVolumeOptions.Procedure.BLOG).procedure())
                .isEqualTo(LocalVolumeOptions.Procedure.BLOG);
        assertThat(d.withRtol(1e-3).rtol()).isEqualTo(1e-3);
        LocalVolumeOptions all = d.withEpsilon(0.5).withDirections(7).withSigmaFactor(2)
                .withStatistic(LocalVolumeOptions.Statistic.LOG_MEAN_EXP).withCost(LocalVolumeOptions.Cost.MSE)
                .withProcedure(LocalVolumeOptions.Procedure.BLOG).withRtol(1e-3);
        assertThat(all).isEqualTo(new LocalVolumeOptions(0.5, 7, 2, LocalVolumeOptions.Statistic.LOG_MEAN_EXP,
                LocalVolumeOptions.Cost.MSE, LocalVolumeOptions.Procedure.BLOG, 1e-3));
        assertThatThrownBy(() -> d.withEpsilon(0)).hasMessageContaining("epsilon > 0");
        assertThatThrownBy(() -> d.withDirections(0)).hasMessageContaining("directions >= 1");
        assertThatThrownBy(() -> d.withSigmaFactor(0)).hasMessageContaining("sigmaFactor > 0");
        assertThatThrownBy(() -> d.withRtol(1)).hasMessageContaining("0 < rtol < 1");
        assertThatThrownBy(() -> d.withRtol(0)).hasMessageContaining("0 < rtol < 1");
        assertThat(d.withDirections(1).directions()).isEqualTo(1);
    }

    @Test
    void optionNamesParseAndUnknownOnesNameTheAllowedValues() {
        assertThat(LocalVolumeOptions.Statistic.parse("log-mean-exp")).isEqualTo(LocalVolumeOptions.Statistic.LOG_MEAN_EXP);
        assertThat(LocalVolumeOptions.Procedure.parse("blog")).isEqualTo(LocalVolumeOptions.Procedure.BLOG);
        assertThat(LocalVolumeOptions.Cost.parse("kl")).isEqualTo(LocalVolumeOptions.Cost.KL);
        assertThatThrownBy(() -> LocalVolumeOptions.Statistic.parse("mean"))
                .hasMessage("statistic must be one of mean-log, log-mean-exp, got 'mean'");
        assertThatThrownBy(() -> LocalVolumeOptions.Cost.parse("l2")).hasMessage("cost must be one of kl, mse, got 'l2'");
        assertThatThrownBy(() -> LocalVolumeOptions.Cost.parse("by-family"))
                .hasMessage("cost must be one of kl, mse, got 'by-family'");
        assertThatThrownBy(() -> LocalVolumeOptions.Procedure.parse("fast"))
                .hasMessage("procedure must be one of exact, blog, got 'fast'");
    }
}
