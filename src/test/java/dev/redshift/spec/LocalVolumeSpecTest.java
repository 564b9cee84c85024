package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.measure.volume.LocalVolumeOptions;
import org.junit.jupiter.api.Test;

class LocalVolumeSpecTest {

    private static SpecFile parse(String claimLines) {
        return new SpecParser().parse("specs/test.yaml", "spec: t\nclaims:\n  - claim: c\n" + claimLines.indent(4));
    }

    @Test
    void localVolumeSettingsReachTheMeasure() {
        SpecFile f = parse("""
                network: modadd
                measure: { name: local-volume, epsilon: 0.02, directions: 12, sigmaFactor: 2, statistic: log-mean-exp, cost: kl, procedure: blog, rtol: 0.001 }
                vary: { weightScale: [0.5, 2] }
                expect: decreasing""");
        MeasureChoice m = f.claims().get(0).plan().measures().get(0);
        assertThat(m.isLocalVolume()).isTrue();
        assertThat(m.options().volume()).isEqualTo(new LocalVolumeOptions(0.02, 12, 2, LocalVolumeOptions.Statistic
                .LOG_MEAN_EXP, LocalVolumeOptions.Cost.KL, LocalVolumeOptions.Procedure.BLOG, 0.001));
    }

    @Test
    void anUnknownProcedureIsRefusedAtItsValueWithTheAllowedOnes() {
        SpecException e = parse("""
                network: modadd
                measure: { name: local-volume, procedure: fast }
                expect: { within: [-1000, 0] }""").claims().get(0).error();
        assertThat(e.getMessage()).isEqualTo("specs/test.yaml:5:47: procedure must be one of exact, blog, got 'fast'");
    }

    @Test
    void aVolumeSettingOnAnotherMeasureIsRefused() {
        SpecException e = parse("""
                measure: { name: lz, epsilon: 0.1 }
                expect: { within: [0, 100] }""").claims().get(0).error();
        assertThat(e.getMessage()).startsWith("specs/test.yaml:4:26: epsilon is a setting of the local-volume measures");
    }

    @Test
    void aMisspelledMeasureListsTheLocalVolumeOnes() {
        SpecException e = parse("""
                measure: local-volum
                expect: { within: [0, 100] }""").claims().get(0).error();
        assertThat(e.getMessage()).contains("local-volume, local-volume-per-parameter").contains("local-volume-dropped");
    }

    @Test
    void aNonPositiveEpsilonIsRefused() {
        SpecException e = parse("""
                network: modadd
                measure: { name: local-volume, epsilon: 0 }
                expect: { within: [-1000, 0] }""").claims().get(0).error();
        assertThat(e.getMessage()).startsWith("specs/test.yaml:5:45: local-volume needs epsilon > 0");
    }
}
