package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redshift.measure.FourierDc;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.stats.ReadingTests;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingRowsTest {

    private static final MeasureChoice FOURIER = new MeasureChoice("fourier", MeasureOptions.DEFAULTS);
    private static final MeasureChoice WITH_DC = new MeasureChoice("fourier",
            MeasureOptions.DEFAULTS.withFourierDc(FourierDc.INCLUDE));
    private static final MeasureChoice HANN = new MeasureChoice("fourier-hann", MeasureOptions.DEFAULTS);
    private static final MeasureChoice LZ = new MeasureChoice("lz", MeasureOptions.DEFAULTS);

    @Test
    void eachReadingOfASingleMeasureReadsItsOwnRowOfTheUnion() {
        ReadingRows rows = ReadingRows.of(List.of(FOURIER), List.of(FOURIER, WITH_DC, HANN));
        assertThat(rows.measured()).containsExactly(FOURIER, WITH_DC, HANN);
        assertThat(rows.readings()).extracting(ReadingTests.Reading::label)
                .containsExactly("fourier", "fourier {dc: include}", "fourier-hann");
        assertThat(rows.readings()).extracting(ReadingTests.Reading::rows)
                .containsExactly(List.of(0), List.of(1), List.of(2));
    }

    @Test
    void aReadingReplacesTheFourierMeasureOfACorrelationAndSharesTheOther() {
        ReadingRows rows = ReadingRows.of(List.of(LZ, FOURIER), List.of(FOURIER, WITH_DC));
        assertThat(rows.measured()).containsExactly(LZ, FOURIER, WITH_DC);
        assertThat(rows.readings()).extracting(ReadingTests.Reading::rows)
                .containsExactly(List.of(0, 1), List.of(0, 2));
        assertThat(rows.readings().get(1).measureLabels()).containsExactly("lz", "fourier {dc: include}");
    }

    @Test
    void withoutAFourierMeasureTheReadingsReplaceTheFirst() {
        MeasureChoice chebyshev = new MeasureChoice("chebyshev", MeasureOptions.DEFAULTS);
        ReadingRows rows = ReadingRows.of(List.of(chebyshev, LZ), List.of(new MeasureChoice("lz76",
                MeasureOptions.DEFAULTS), new MeasureChoice("legendre", MeasureOptions.DEFAULTS)));
        assertThat(rows.readings()).extracting(ReadingTests.Reading::measureLabels)
                .containsExactly(List.of("lz76", "lz"), List.of("legendre", "lz"));
    }

    @Test
    void theListedMeasureIsReplacedEvenWhenAFourierOneComesFirst() {
        ReadingRows rows = ReadingRows.of(List.of(FOURIER, LZ), List.of(LZ, new MeasureChoice("lz76",
                MeasureOptions.DEFAULTS)));
        assertThat(rows.readings()).extracting(ReadingTests.Reading::measureLabels)
                .containsExactly(List.of("fourier", "lz"), List.of("fourier", "lz76"));
    }

    @Test
    void aReadingReplacesTheMeasureUnderEveryRunPrefixAtOnce() {
        MeasureChoice init = new MeasureChoice("init:fourier", MeasureOptions.DEFAULTS);
        ReadingRows rows = ReadingRows.of(List.of(init, FOURIER), List.of(FOURIER, WITH_DC));
        assertThat(rows.measured()).extracting(MeasureChoice::label).containsExactly("init:fourier", "fourier",
                "init:fourier {dc: include}", "fourier {dc: include}");
        assertThat(rows.readings()).extracting(ReadingTests.Reading::rows)
                .containsExactly(List.of(0, 1), List.of(2, 3));
    }

    @Test
    void aPrefixedMeasureAloneIsReadUnderItsPrefix() {
        MeasureChoice shuffled = new MeasureChoice("shuffled-minus-init:fourier", MeasureOptions.DEFAULTS);
        ReadingRows rows = ReadingRows.of(List.of(shuffled), List.of(FOURIER, HANN));
        assertThat(rows.readings()).extracting(ReadingTests.Reading::measureLabels)
                .containsExactly(List.of("shuffled-minus-init:fourier"), List.of("shuffled-minus-init:fourier-hann"));
    }

    @Test
    void aReadingListedTwiceIsRefused() {
        assertThatThrownBy(() -> ReadingRows.of(List.of(FOURIER), List.of(WITH_DC, WITH_DC)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("readings lists a reading twice: fourier {dc: include}, fourier {dc: include}");
    }
}
