package dev.redshift.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A claim's verdicts under each reading of its measure, and what they say together: robust (the same verdict under
 * every reading) or dependent on the reading.
 *
 * @param readings each reading's label ({@code fourier}, {@code fourier {dc: include}}), in the spec's order
 * @param evidence each reading's evidence, decided at {@link ReadingSplit#perReading()}
 */
public record ReadingVerdicts(List<String> readings, List<Evidence> evidence) {

    /** What the readings say together. */
    public enum Robustness {
        /** PASS under every reading. */
        ROBUST_PASS,
        /** FAIL under every reading: the claim does not replicate under any reading. */
        ROBUST_FAIL,
        /** INCONCLUSIVE under every reading. */
        ROBUST_INCONCLUSIVE,
        /** The verdict depends on the measure's reading. */
        DEPENDS;

        /** In words, for a verdict line. */
        public String words() {
            return switch (this) {
                case ROBUST_PASS -> "robust PASS";
                case ROBUST_FAIL -> "robust FAIL";
                case ROBUST_INCONCLUSIVE -> "robust INCONCLUSIVE";
                case DEPENDS -> "depends on the reading";
            };
        }
    }

    public ReadingVerdicts {
        readings = List.copyOf(readings);
        evidence = List.copyOf(evidence);
        if (readings.isEmpty() || readings.size() != evidence.size()) {
            throw new IllegalArgumentException(readings.size() + " readings for " + evidence.size() + " verdicts");
        }
    }

    /** Each reading's verdict, in order. */
    public List<Verdict> verdicts() {
        return evidence.stream().map(Evidence::verdict).toList();
    }

    /** Robust (one verdict under every reading) or dependent on the reading. */
    public Robustness robustness() {
        List<Verdict> v = verdicts();
        if (v.stream().distinct().count() > 1) {
            return Robustness.DEPENDS;
        }
        return switch (v.get(0)) {
            case PASS -> Robustness.ROBUST_PASS;
            case FAIL -> Robustness.ROBUST_FAIL;
            case INCONCLUSIVE -> Robustness.ROBUST_INCONCLUSIVE;
        };
    }

    /**
     * The claim's one verdict (a test report's): PASS only when every reading PASSes; FAIL when any reading FAILs
     * (each FAIL is valid at its share of the confidence, and the shares sum to the claim's); INCONCLUSIVE otherwise.
     */
    public Verdict verdict() {
        List<Verdict> v = verdicts();
        if (v.stream().allMatch(x -> x == Verdict.PASS)) {
            return Verdict.PASS;
        }
        return v.contains(Verdict.FAIL) ? Verdict.FAIL : Verdict.INCONCLUSIVE;
    }

    /** "robust PASS (fourier: PASS, fourier {dc: include}: PASS)" or "depends on the reading (…: FAIL, …: PASS)". */
    public String describe() {
        List<String> each = new ArrayList<>();
        for (int r = 0; r < readings.size(); r++) {
            each.add(readings.get(r) + ": " + evidence.get(r).verdict());
        }
        return robustness().words() + " (" + String.join(", ", each) + ")";
    }

    /**
     * The claim's evidence as one: {@link #verdict()}, the numbers (and their confidence, the reading's share) of the
     * first reading with that verdict, and a sentence naming every reading's verdict and why.
     */
    public Evidence combined() {
        Verdict verdict = verdict();
        Evidence base = evidence.stream().filter(e -> e.verdict() == verdict).findFirst().orElse(evidence.get(0));
        StringBuilder sentence = new StringBuilder(describe()).append('.');
        for (int r = 0; r < readings.size(); r++) {
            String own = evidence.get(r).sentence();
            sentence.append(" Under ").append(readings.get(r)).append(": ").append(own)
                    .append(own.endsWith(".") ? "" : ".");
        }
        int networks = evidence.stream().mapToInt(Evidence::networksPerConfiguration).max().orElse(0);
        int looks = evidence.stream().mapToInt(Evidence::looks).max().orElse(0);
        return new Evidence(verdict, base.expectation(), base.confidence(), base.statistic(), base.estimate(), base.bounds(),
                base.margin(), base.configurations(), networks, looks,
                verdict == Verdict.INCONCLUSIVE
                        ? networksToDecide(evidence.stream().filter(e -> e.verdict() == Verdict.INCONCLUSIVE).toList())
                        : java.util.OptionalInt.empty(),
                sentence.toString(), verdict == Verdict.INCONCLUSIVE ? base.leans() : Verdict.INCONCLUSIVE);
    }

    /**
     * About how many more networks per configuration would decide a claim whose {@code undecided} readings project
     * these: the claim FAILs as soon as one reading FAILs and PASSes only when all do, so the fewest that would decide
     * a reading leaning FAIL, or else (if fewer) those that would decide every one of them. Empty when none projects.
     */
    static java.util.OptionalInt networksToDecide(List<Evidence> undecided) {
        java.util.OptionalInt every = undecided.stream().map(Evidence::additionalNetworks)
                .filter(java.util.OptionalInt::isPresent).mapToInt(java.util.OptionalInt::getAsInt).max();
        java.util.OptionalInt toFail = undecided.stream().filter(e -> e.leans() == Verdict.FAIL)
                .map(Evidence::additionalNetworks).filter(java.util.OptionalInt::isPresent)
                .mapToInt(java.util.OptionalInt::getAsInt).min();
        if (toFail.isPresent() && (every.isEmpty() || toFail.getAsInt() < every.getAsInt())) {
            return toFail;
        }
        return every;
    }
}
