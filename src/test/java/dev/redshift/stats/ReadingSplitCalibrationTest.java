package dev.redshift.stats;

import static dev.redshift.stats.Simulation.ALPHA;
import static dev.redshift.stats.Simulation.BUDGET;
import static dev.redshift.stats.Simulation.CLAIMS;
import static dev.redshift.stats.Simulation.CONFIDENCE;
import static dev.redshift.stats.Simulation.SLACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A claim decided under k readings of its measure, each at the Bonferroni share of the confidence, on simulated
 * networks whose readings are correlated (as the DC readings of one network are): under a null on the boundary
 * the combined verdict's wrong PASS, and its wrong FAIL, stay at or below α plus Monte Carlo slack over 2,000
 * claims, for 2 and 4 readings (measured: wrong PASS under any reading 0.0025 and 0.002, wrong FAIL of the
 * combined verdict 0.030 and 0.025).
 */
class ReadingSplitCalibrationTest {

    /** Correlation of two readings of one network. */
    private static final double RHO = 0.6;

    @Test
    void theSplitGivesEachReadingItsShareOfTheConfidence() {
        assertThat(new ReadingSplit(0.95, 1).perReading()).isEqualTo(0.95);
        assertThat(new ReadingSplit(0.95, 2).perReading()).isCloseTo(0.975, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(new ReadingSplit(0.95, 4).perReading()).isCloseTo(0.9875, org.assertj.core.api.Assertions.within(1e-12));
        assertThatThrownBy(() -> new ReadingSplit(0.95, 0)).hasMessageContaining("at least one reading");
    }

    @Test
    void wrongPassOfTheCombinedVerdictStaysAtAlphaWithTwoAndFourReadings() {
        // invariant within 1, true pairs exactly 1 apart under every reading: the claim is (just) false
        Expectation e = new Expectation.Invariant(Margin.absolute(1));
        for (int k : new int[] {2, 4}) {
            Tally t = simulate(e, k, CONFIDENCE, new double[] {10, 11, 11});
            System.out.printf("null (claim false), %d readings: %s%n", k, t);
            assertThat(t.combinedPass()).as("combined wrong PASS, %d readings: %s", k, t)
                    .isLessThanOrEqualTo(ALPHA + SLACK);
            assertThat(t.anyPass()).as("a wrong PASS under any reading, %d readings: %s", k, t)
                    .isLessThanOrEqualTo(ALPHA + SLACK);
        }
    }

    @Test
    void wrongFailOfTheCombinedVerdictStaysAtAlphaWithTwoAndFourReadings() {
        // invariant within 1, the largest pair exactly 1 apart: the claim is (just) true under every reading
        Expectation e = new Expectation.Invariant(Margin.absolute(1));
        for (int k : new int[] {2, 4}) {
            Tally t = simulate(e, k, CONFIDENCE, new double[] {10, 11, 10.5});
            System.out.printf("null (claim true), %d readings: %s%n", k, t);
            assertThat(t.combinedFail()).as("combined wrong FAIL, %d readings: %s", k, t)
                    .isLessThanOrEqualTo(ALPHA + SLACK);
        }
    }

    @Test
    void readingsThatDisagreeAreReportedAsDependingOnTheReading() {
        // reading 0 sees a clear rise, reading 1 none: the claim "increasing" holds under one reading only
        Expectation e = new Expectation.Trend(true, true, Margin.absolute(0));
        ReadingTests tests = new ReadingTests(e, CONFIDENCE, BUDGET, readings(2));
        ReadingVerdicts v = tests.run(List.of("a", "b"), List.of(Simulation.readings(0, 0, new double[] {10, 10}, RHO),
                Simulation.readings(0, 1, new double[] {12, 10}, RHO)));
        assertThat(v.verdicts()).containsExactly(Verdict.PASS, Verdict.FAIL);
        assertThat(v.robustness()).isEqualTo(ReadingVerdicts.Robustness.DEPENDS);
        assertThat(v.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(v.describe()).isEqualTo("depends on the reading (r0: PASS, r1: FAIL)");
        assertThat(v.combined().sentence()).startsWith("depends on the reading (r0: PASS, r1: FAIL). Under r0: ");
        assertThat(v.combined().verdict()).isEqualTo(Verdict.FAIL);
        // the combined numbers are the FAILing reading's, at its share of the confidence
        assertThat(v.combined().confidence()).isEqualTo(0.975);
        assertThat(v.combined().estimate()).isEqualTo(v.evidence().get(1).estimate());
        assertThat(v.evidence().get(0).confidence()).isEqualTo(0.975);
    }

    /**
     * Simulated claims whose configuration c has mean {@code means[c]} under every reading, sd 1, the readings of one
     * network correlated with {@link #RHO}.
     */
    private static Tally simulate(Expectation e, int k, double confidence, double[] means) {
        ReadingTests tests = new ReadingTests(e, confidence, BUDGET, readings(k));
        List<String> labels = IntStream.range(0, means.length).mapToObj(c -> "level " + c).toList();
        List<ReadingVerdicts> results = IntStream.range(0, CLAIMS).parallel().mapToObj(claim -> {
            List<ValueSource> sources = new ArrayList<>();
            for (int c = 0; c < means.length; c++) {
                double[] perReading = new double[k];
                java.util.Arrays.fill(perReading, means[c]);
                sources.add(Simulation.readings(claim, c, perReading, RHO));
            }
            return tests.run(labels, sources);
        }).toList();
        return Tally.of(results);
    }

    static List<ReadingTests.Reading> readings(int k) {
        return IntStream.range(0, k).mapToObj(r -> new ReadingTests.Reading("r" + r, List.of(r), List.of("r" + r)))
                .toList();
    }

    private record Tally(double combinedPass, double combinedFail, double anyPass, double depends) {
        static Tally of(List<ReadingVerdicts> results) {
            double n = results.size();
            return new Tally(results.stream().filter(v -> v.verdict() == Verdict.PASS).count() / n,
                    results.stream().filter(v -> v.verdict() == Verdict.FAIL).count() / n,
                    results.stream().filter(v -> v.verdicts().contains(Verdict.PASS)).count() / n,
                    results.stream().filter(v -> v.robustness() == ReadingVerdicts.Robustness.DEPENDS).count() / n);
        }
    }
}
