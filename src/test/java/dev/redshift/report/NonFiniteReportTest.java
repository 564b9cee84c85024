package dev.redshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.engine.ClaimRunner;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.spec.ClaimBuilder;
import dev.redshift.spec.SourcePosition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-network CSV and the Allure evidence say which networks overflowed; nothing reads as a number. */
class NonFiniteReportTest {

    @Test
    void theClaimsCsvAndEvidenceMarkNetworksThatOverflowed() {
        ClaimOutcome o = new ClaimRunner(SamplerOptions.defaults()).run(ClaimBuilder.claim("a few overflow")
                .with(Map.of("depth", 2, "width", 16)).grid(16).measure("lz").seed(3).samples(200, 200)
                .compare(List.of(Map.of("weightScale", 1), Map.of("weightScale", 7e12))).expect("equivalent")
                .margin("1000").build("report test", new SourcePosition("t.yaml", 1, 1)), look -> { });
        boolean[] flags = o.nonFinite().get(1);
        int nonFinite = 0;
        for (boolean f : flags) {
            nonFinite += f ? 1 : 0;
        }
        assertThat(nonFinite).isBetween(1, 20);
        List<String> rows = ClaimCsv.of(o).lines().toList();
        assertThat(rows.stream().filter(r -> r.endsWith(",non-finite"))).hasSize(nonFinite)
                .allMatch(r -> r.startsWith("2,\"weightScale 7000000000000\","));
        assertThat(rows).noneMatch(r -> r.contains("Infinity"));
        String text = AllureClaimObserver.evidenceText(o.evidence());
        assertThat(text).contains("weightScale 7000000000000: n " + (200 - nonFinite) + ",", nonFinite + " non-finite",
                nonFinite + " left out to keep pairs");
        assertThat(FunctionImages.tiles(o.examples().get(1), 16, 4, 4, 3).getWidth()).isGreaterThan(0);
    }
}
