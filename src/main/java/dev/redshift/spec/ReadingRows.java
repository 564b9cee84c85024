package dev.redshift.spec;

import dev.redshift.stats.ReadingTests;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A claim decided under several readings of its measure, as measured: each network is measured once under the
 * union of the readings' measures, and each reading decides on its own rows of those values.
 *
 * @param measured the union of every reading's measures, in first-use order: what each network is measured by
 * @param readings each reading's label, its rows of {@code measured} and their labels
 */
public record ReadingRows(List<MeasureChoice> measured, List<ReadingTests.Reading> readings) {

    /** Copies the lists. */
    public ReadingRows {
        measured = List.copyOf(measured);
        readings = List.copyOf(readings);
    }

    /**
     * The rows of a claim measuring {@code measures} under each of {@code readings}. A reading replaces the measure
     * it lists among {@code measures}, else the first Fourier one, else the first; and it replaces that measure
     * wherever a run prefix reads it too ({@code init:fourier} and {@code fourier} of one training run are read
     * the same way, or a comparison of before and after would compare two readings).
     *
     * @throws IllegalArgumentException when a reading is listed twice
     */
    public static ReadingRows of(List<MeasureChoice> measures, List<MeasureChoice> readings) {
        int first = IntStream.range(0, measures.size()).filter(k -> readings.contains(measures.get(k).base()))
                .findFirst().orElse(IntStream.range(0, measures.size())
                        .filter(k -> measures.get(k).base().name().startsWith("fourier")).findFirst().orElse(0));
        MeasureChoice replaced = measures.get(first).base();
        List<MeasureChoice> union = new ArrayList<>();
        List<ReadingTests.Reading> out = new ArrayList<>();
        for (MeasureChoice reading : readings) {
            List<MeasureChoice> own = measures.stream().map(m -> m.base().equals(replaced) ? m.readAs(reading) : m)
                    .toList();
            List<Integer> rows = new ArrayList<>();
            for (MeasureChoice m : own) {
                if (!union.contains(m)) {
                    union.add(m);
                }
                rows.add(union.indexOf(m));
            }
            out.add(new ReadingTests.Reading(reading.label(), rows, own.stream().map(MeasureChoice::label).toList()));
        }
        List<String> labels = out.stream().map(ReadingTests.Reading::label).toList();
        if (labels.stream().distinct().count() < labels.size()) {
            throw new IllegalArgumentException("readings lists a reading twice: " + String.join(", ", labels));
        }
        return new ReadingRows(union, out);
    }
}
