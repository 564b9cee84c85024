package dev.redshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.engine.ClaimRunner;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.findings.FindingSummary;
import dev.redshift.spec.SpecFile;
import dev.redshift.spec.SpecParser;
import dev.redshift.stats.ReadingVerdicts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's sections on the measure's readings: the table of both readings and the finding × reading matrix. */
class ReadingReportTest {

    @TempDir
    Path dir;

    private static final String SPEC = """
            spec: Readings report
            defaults:
              with: { depth: 2, width: 16, activation: relu }
              measure: fourier
              readings: [fourier, { name: fourier, dc: include }]
              grid: 16
              samples: { min: 16, max: 48 }
              seed: 5
              vary: { weightScale: [1, 16] }
            claims:
              - claim: ReLU complexity rises with weight magnitude
                finding: 8
                expect: increasing
              - claim: ReLU complexity falls with weight magnitude
                finding: 9
                expect: decreasing
            """;

    @Test
    void theMatrixGivesEachClaimsVerdictPerReadingAndCountsRobustAndDependentOnes() throws IOException {
        SpecFile file = new SpecParser().parse("specs/readings.yaml", SPEC);
        ClaimRunner runner = new ClaimRunner(SamplerOptions.defaults());
        List<ClaimOutcome> outcomes = file.claims().stream().map(c -> runner.run(c.plan(), e -> { })).toList();
        new ReplicationReport(outcomes, List.of(), null, Map.of("scale", "test")).write(dir);
        String md = Files.readString(dir.resolve("index.md"));
        assertThat(md).contains("## Findings × readings of the measure",
                "| finding | claim | fourier | fourier {dc: include} | together |");
        for (ClaimOutcome o : outcomes) {
            ReadingVerdicts v = o.readings();
            assertThat(md).contains("| #" + o.plan().findings().get(0) + " | " + o.plan().name() + " (specs/readings"
                    + ".yaml:" + o.plan().position().line() + ") | " + v.verdicts().get(0) + " | " + v.verdicts().get(1)
                    + " | " + v.robustness().words());
        }
        long depends = outcomes.stream().filter(o -> o.readings().robustness() == ReadingVerdicts.Robustness.DEPENDS)
                .count();
        assertThat(md).contains("2 claims of this run were decided under several readings", depends
                + " depend on the measure's reading");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("<th>fourier {dc: include}</th>");
    }

    @Test
    void aFailThatDependsOnTheReadingIsFiledApartFromOneAgainstUnderEveryReading() {
        SpecFile file = new SpecParser().parse("specs/readings.yaml", SPEC);
        ClaimRunner runner = new ClaimRunner(SamplerOptions.defaults());
        List<ClaimOutcome> outcomes = file.claims().stream().map(c -> runner.run(c.plan(), e -> { })).toList();
        FindingSummary summary = new FindingSummary(dev.redshift.findings.FindingRegistry.shipped(),
                outcomes.stream().map(ClaimOutcome::plan).toList(), p -> outcome(outcomes, p).evidence().verdict(),
                p -> outcome(outcomes, p).readings().robustness() == ReadingVerdicts.Robustness.DEPENDS);
        for (ClaimOutcome o : outcomes) {
            FindingSummary.Row row = summary.rows().stream().filter(r -> r.finding().id().equals(o.plan().findings()
                    .get(0))).findFirst().orElseThrow();
            ReadingVerdicts v = o.readings();
            dev.redshift.findings.FindingVerdict expected = switch (v.robustness()) {
                case ROBUST_PASS -> dev.redshift.findings.FindingVerdict.HELD;
                case ROBUST_FAIL -> dev.redshift.findings.FindingVerdict.AGAINST;
                case ROBUST_INCONCLUSIVE -> dev.redshift.findings.FindingVerdict.UNDECIDED;
                case DEPENDS -> v.verdict() == dev.redshift.stats.Verdict.FAIL
                        ? dev.redshift.findings.FindingVerdict.DEPENDS_ON_READING
                        : dev.redshift.findings.FindingVerdict.UNDECIDED;
            };
            assertThat(row.verdict()).as("%s: %s", o.plan().name(), v.describe()).isEqualTo(expected);
        }
        // the fixture: ReLU rises under App. D's reading only, so "falls" FAILs under it and not under the main text's
        assertThat(outcomes.get(1).readings().robustness()).isEqualTo(ReadingVerdicts.Robustness.DEPENDS);
    }

    @Test
    void theReadingsTableIsComputedFromTheSweepsCells() throws IOException {
        List<String> measures = List.of("fourier", "chebyshev", "legendre", "lz", "lz76", "fourier-hann",
                FigureSweep.FOURIER_DC);
        int n = 3;
        FigureSweep.Cell[][][] heat = new FigureSweep.Cell[FigureSweep.ACTIVATIONS.size()][FigureSweep.DEPTHS.size()]
                [FigureSweep.WEIGHT_SCALES.size()];
        for (FigureSweep.Cell[][] a : heat) {
            for (FigureSweep.Cell[] d : a) {
                for (int w = 0; w < d.length; w++) {
                    d[w] = cell(measures.size(), n, 9, 3 + w);
                }
            }
        }
        FigureSweep.Cell[][] readings = new FigureSweep.Cell[2][FigureSweep.WEIGHT_SCALES.size()];
        for (int w = 0; w < FigureSweep.WEIGHT_SCALES.size(); w++) {
            readings[0][w] = cell(measures.size(), n, w == 2 ? 8 : 9 + w, 2 + 2 * w); // tanh: a dip without DC
            readings[1][w] = cell(measures.size(), n, 9.5, 2.5 + w);
        }
        FigureSweep.Cell[][] variants = new FigureSweep.Cell[0][0];
        FigureSweep.Results r = new FigureSweep.Results(measures, heat, variants, n, 16, readings);
        ReplicationReport.Section s = ReadingFigures.section(r, dir);
        assertThat(s.title()).isEqualTo("The measure's reading");
        assertThat(s.table().get(1)).containsExactly("tanh", "DC excluded (main text, k = 1..K)", "9.00", "10.00",
                "8.00", "12.00", "13.00", "+4.00", "no");
        assertThat(s.table().get(2)).containsExactly("tanh", "DC included (App. D, K = [0..m/2]^d)", "2.00", "4.00",
                "6.00", "8.00", "10.00", "+8.00", "yes");
        assertThat(s.table().get(3)[2]).isEqualTo("9.50");
        assertThat(s.images()).hasSize(2 * FigureSweep.ACTIVATIONS.size()).first().isEqualTo(
                "readings/fig4-dc-excluded-relu.png");
        assertThat(s.images().get(1)).isEqualTo("readings/fig4-dc-included-relu.png");
        assertThat(dir.resolve(s.images().get(1))).exists();
    }

    @Test
    void theSweepMeasuresBothReadingsOnTheSameNetworks() {
        FigureSweep.Results r = new FigureSweep(1, 16, SamplerOptions.defaults(),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).run();
        int noDc = r.measures().indexOf("fourier");
        int dc = r.measures().indexOf(FigureSweep.FOURIER_DC);
        assertThat(dc).isPositive();
        assertThat(r.readingsByScale()).hasDimensions(2, FigureSweep.WEIGHT_SCALES.size());
        for (FigureSweep.Cell[] activation : r.readingsByScale()) {
            for (FigureSweep.Cell c : activation) {
                assertThat(c.parameters()).containsEntry("depth", 3).containsEntry("width", 64);
                assertThat(c.values()[noDc]).hasSize(FigureSweep.READING_NETWORKS);
                // the same spectrum with |F(0)| added to the denominator: never above the main text's reading
                for (int k = 0; k < FigureSweep.READING_NETWORKS; k++) {
                    assertThat(c.values()[dc][k]).isLessThanOrEqualTo(c.values()[noDc][k] + 1e-12);
                }
            }
        }
        assertThat(ReadingFigures.section(r, dir).table()).hasSize(1 + 2 * 2);
    }

    /** A cell whose networks all measure {@code fourier} under the main text's and App. D's readings as given. */
    private static FigureSweep.Cell cell(int measures, int networks, double noDc, double withDc) {
        double[][] values = new double[measures][networks];
        java.util.Arrays.fill(values[0], noDc);
        java.util.Arrays.fill(values[measures - 1], withDc);
        return new FigureSweep.Cell(Map.of(), values, new float[0]);
    }

    private static ClaimOutcome outcome(List<ClaimOutcome> outcomes, dev.redshift.spec.ClaimPlan p) {
        return outcomes.stream().filter(o -> o.plan() == p).findFirst().orElseThrow();
    }
}
