package dev.redshift.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * One claim decided under several readings of its measure on the same networks: a {@link SequentialTest} per
 * reading at the {@link ReadingSplit}'s share of the confidence, with the same budget, drawing in step from sources
 * that give every reading's values at once ({@code [measure][network]}, the union of the readings' measures). Each
 * network is drawn once; a reading reads its own rows of it. A reading that has decided stops looking while the
 * others go on.
 */
public final class ReadingTests {

    /** One reading: its label and the rows of the sources' values its test reads, in its test's measure order. */
    public record Reading(String label, List<Integer> rows, List<String> measureLabels) {
        public Reading {
            rows = List.copyOf(rows);
            measureLabels = List.copyOf(measureLabels);
        }
    }

    private final List<Reading> readings;
    private final List<SequentialTest> tests = new ArrayList<>();

    /**
     * @param expectation what the claim expects, under every reading
     * @param confidence the claim's confidence, split across the readings
     * @param budget networks per configuration, the same for every reading
     * @param readings the readings, at least one
     */
    public ReadingTests(Expectation expectation, double confidence, SamplesBudget budget, List<Reading> readings) {
        this.readings = List.copyOf(readings);
        double each = new ReadingSplit(confidence, readings.size()).perReading();
        for (Reading r : readings) {
            tests.add(new SequentialTest(expectation, each, budget, r.measureLabels()));
        }
    }

    /** Runs every reading to its verdict. */
    public ReadingVerdicts run(List<String> labels, List<ValueSource> sources) {
        Progress p = start(labels, sources, LookAhead.NONE);
        while (!p.finished()) {
            p.look();
        }
        return p.verdicts();
    }

    /** The readings' plans in progress, a look at a time for all of them. */
    public Progress start(List<String> labels, List<ValueSource> sources, LookAhead ahead) {
        if (readings.size() == 1 && readings.get(0).rows().equals(java.util.stream.IntStream.range(0,
                readings.get(0).rows().size()).boxed().toList())) {
            // one reading of every row: the claim's own sequential test on its own sources, as without readings
            return new Progress(List.of(tests.get(0).start(labels, sources, ahead)));
        }
        List<Shared> shared = sources.stream().map(Shared::new).toList();
        LookAhead onlyNew = (first, count) -> {
            // the first reading to look computes the networks; the others read them back
            int have = shared.stream().mapToInt(s -> s.n).min().orElse(0);
            long end = first + count;
            if (end > have) {
                ahead.prepare(have, (int) (end - have));
            }
        };
        List<SequentialTest.Progress> progresses = new ArrayList<>();
        for (int r = 0; r < readings.size(); r++) {
            int[] rows = readings.get(r).rows().stream().mapToInt(Integer::intValue).toArray();
            List<ValueSource> views = shared.stream().map(s -> (ValueSource) new View(s, rows)).toList();
            progresses.add(tests.get(r).start(labels, views, onlyNew));
        }
        return new Progress(progresses);
    }

    /** Every reading's plan in progress. */
    public final class Progress {
        private final List<SequentialTest.Progress> progresses;

        private Progress(List<SequentialTest.Progress> progresses) {
            this.progresses = progresses;
        }

        /** The next look of every reading not yet decided. */
        public void look() {
            lookTo(0);
        }

        /** A look of every reading not yet decided, to at least {@code n} networks per configuration. */
        public void lookTo(int n) {
            if (finished()) {
                throw new IllegalStateException("the plan is finished");
            }
            for (SequentialTest.Progress p : progresses) {
                if (!p.finished()) {
                    p.lookTo(n);
                }
            }
        }

        /** Lets every reading's test go past its max, as {@link SequentialTest.Progress#uncap()} says. */
        public void uncap() {
            progresses.forEach(SequentialTest.Progress::uncap);
        }

        /** Whether every reading has decided or spent its budget. */
        public boolean finished() {
            return progresses.stream().allMatch(SequentialTest.Progress::finished);
        }

        /** Networks per configuration the next look adds (the readings look in step). */
        public int nextLookSize() {
            return progresses.stream().mapToInt(SequentialTest.Progress::nextLookSize).max().orElse(0);
        }

        /** Networks per configuration the budget still allows the readings not yet decided. */
        public int left() {
            return progresses.stream().filter(p -> !p.finished()).mapToInt(SequentialTest.Progress::left).max()
                    .orElse(0);
        }

        /** Networks per configuration drawn so far. */
        public int drawn() {
            return progresses.stream().mapToInt(SequentialTest.Progress::drawn).max().orElse(0);
        }

        /**
         * The readings' evidence as one (see {@link ReadingVerdicts#combined}), a single reading's own, or null before
         * the first look.
         */
        public Evidence evidence() {
            if (progresses.size() == 1) {
                return progresses.get(0).evidence();
            }
            ReadingVerdicts v = verdicts();
            return v == null ? null : v.combined();
        }

        /** {@link #evidence()} as the final word when no more looks will come (see {@link #concludedVerdicts()}). */
        public Evidence conclude() {
            if (progresses.size() == 1) {
                return progresses.get(0).conclude();
            }
            ReadingVerdicts v = concludedVerdicts();
            return v == null ? null : v.combined();
        }

        /** Each reading's evidence of its last look, or null before the first. */
        public ReadingVerdicts verdicts() {
            if (progresses.get(0).evidence() == null) {
                return null;
            }
            return new ReadingVerdicts(readings.stream().map(Reading::label).toList(),
                    progresses.stream().map(SequentialTest.Progress::evidence).toList());
        }

        /** Each reading's last evidence as its final word when no more looks will come. */
        public ReadingVerdicts concludedVerdicts() {
            if (progresses.get(0).evidence() == null) {
                return null;
            }
            return new ReadingVerdicts(readings.stream().map(Reading::label).toList(),
                    progresses.stream().map(SequentialTest.Progress::conclude).toList());
        }

        /**
         * About how many more networks per configuration would decide the claim, as
         * {@link ReadingVerdicts#networksToDecide} reads its undecided readings' projections.
         */
        public OptionalInt projected() {
            return ReadingVerdicts.networksToDecide(progresses.stream().filter(p -> !p.finished())
                    .map(SequentialTest.Progress::projection).filter(java.util.Objects::nonNull).toList());
        }
    }

    /** A source that keeps what it has drawn, so that every reading reads the same networks once computed. */
    private static final class Shared {
        private final ValueSource source;
        private double[][] values = new double[0][0];
        private boolean[] nonFinite = new boolean[0];
        private int n;

        Shared(ValueSource source) {
            this.source = source;
        }

        /** Draws first .. first+count−1, computing only those not drawn before (draws run from 0 in step). */
        synchronized Draws draws(long first, int count) {
            long end = first + count;
            if (end > n) {
                Draws batch = source.draws(n, (int) (end - n));
                int added = batch.count();
                if (values.length == 0) {
                    values = new double[batch.values().length][0];
                }
                int capacity = Math.max(n + added, 2 * n);
                for (int m = 0; m < values.length; m++) {
                    values[m] = Arrays.copyOf(values[m], capacity);
                    System.arraycopy(batch.values()[m], 0, values[m], n, added);
                }
                nonFinite = Arrays.copyOf(nonFinite, capacity);
                System.arraycopy(batch.nonFinite(), 0, nonFinite, n, added);
                n += added;
            }
            int from = (int) first;
            double[][] out = new double[values.length][];
            for (int m = 0; m < values.length; m++) {
                out[m] = Arrays.copyOfRange(values[m], from, from + count);
            }
            return new Draws(out, Arrays.copyOfRange(nonFinite, from, from + count));
        }
    }

    /** One reading's rows of a shared source. */
    private record View(Shared shared, int[] rows) implements ValueSource {
        @Override
        public double[][] draw(long first, int count) {
            return draws(first, count).values();
        }

        @Override
        public Draws draws(long first, int count) {
            Draws all = shared.draws(first, count);
            double[][] out = new double[rows.length][];
            for (int k = 0; k < rows.length; k++) {
                out[k] = all.values()[rows[k]];
            }
            return new Draws(out, all.nonFinite());
        }
    }
}
