package dev.redshift.stats;

import static dev.redshift.stats.Simulation.BUDGET;
import static dev.redshift.stats.Simulation.CONFIDENCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A claim decided under several readings, look by look: what it projects and which way it leans. */
class ReadingTestsTest {

    private static final Expectation INVARIANT = new Expectation.Invariant(Margin.absolute(1));

    /**
     * Configuration a at 10 under both readings; b just inside the margin under reading 0 (a PASS far off) and past it
     * under reading 1 (a nearer FAIL), or as {@code meansOfB} says.
     */
    private static List<ValueSource> sources(double[] meansOfB) {
        return List.of(Simulation.readings(7, 0, new double[] {10, 10}, 0.6),
                Simulation.readings(7, 1, meansOfB, 0.6));
    }

    /** Reading {@code row} of the sources alone, at its share of the claim's confidence, after one look. */
    private static SequentialTest.Progress alone(List<ValueSource> sources, int row) {
        SequentialTest.Progress p = new SequentialTest(INVARIANT, new ReadingSplit(CONFIDENCE, 2).perReading(), BUDGET,
                List.of("r" + row)).start(List.of("a", "b"), sources.stream().map(src -> (ValueSource) (first, count) ->
                        new double[][] {src.draw(first, count)[row]}).toList(), LookAhead.NONE);
        p.look();
        return p;
    }

    private static ReadingTests.Progress both(List<ValueSource> sources) {
        ReadingTests.Progress p = new ReadingTests(INVARIANT, CONFIDENCE, BUDGET,
                ReadingSplitCalibrationTest.readings(2)).start(List.of("a", "b"), sources, LookAhead.NONE);
        p.look();
        return p;
    }

    @Test
    void aClaimLeaningToFailUnderOneReadingIsProjectedToDecideWhenThatReadingWouldFail() {
        // the claim FAILs as soon as one reading FAILs: its projection is the FAILing reading's, not the largest
        List<ValueSource> sources = sources(new double[] {10.9, 11.8});
        SequentialTest.Progress pass = alone(sources, 0);
        SequentialTest.Progress fail = alone(sources, 1);
        assertThat(pass.leans()).isEqualTo(Verdict.PASS);
        assertThat(fail.leans()).isEqualTo(Verdict.FAIL);
        assertThat(pass.projected().getAsInt()).isGreaterThan(fail.projected().getAsInt());
        assertThat(both(sources).projected()).isEqualTo(fail.projected());
    }

    @Test
    void aClaimWhoseReadingsAllLeanToPassIsProjectedToDecideWhenTheSlowestWould() {
        // it PASSes only when every reading does
        List<ValueSource> sources = sources(new double[] {10.9, 10.6});
        SequentialTest.Progress slow = alone(sources, 0);
        SequentialTest.Progress fast = alone(sources, 1);
        assertThat(slow.leans()).isEqualTo(Verdict.PASS);
        assertThat(fast.leans()).isEqualTo(Verdict.PASS);
        assertThat(slow.projected().getAsInt()).isGreaterThan(fast.projected().getAsInt());
        assertThat(both(sources).projected()).isEqualTo(slow.projected());
    }

    @Test
    void aDecidedReadingLeansNoWay() {
        SequentialTest.Progress decided = alone(sources(new double[] {10, 14}), 1);
        assertThat(decided.evidence().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(decided.leans()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(decided.projected()).isEmpty();
    }
}
