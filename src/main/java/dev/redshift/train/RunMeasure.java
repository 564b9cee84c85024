package dev.redshift.train;

import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * A measure of one training run (DESIGN §8): {@code train-accuracy}, {@code test-accuracy},
 * {@code color-accuracy} (the accuracy on a task's color test set, {@code colored-digits}), {@code weight-magnitude},
 * {@code grokked} and {@code grokking-step} ({@link Grokking}), a §3 measure of the trained function ({@code fourier}), of the network before
 * training ({@code init:fourier}) or after its trained weights are shuffled ({@code shuffled:fourier}).
 *
 * @param name as written in specs
 * @param kind what it reads
 * @param complexity the §3 measure, or null for accuracies and weight magnitude
 */
public record RunMeasure(String name, Kind kind, ComplexityMeasure complexity) {

    /** What a run measure reads. */
    public enum Kind {
        TRAIN_ACCURACY, TEST_ACCURACY, COLOR_ACCURACY, WEIGHT_MAGNITUDE,
        /** {@link WeightKurtosis}: the mean kurtosis of the trained weight matrices. */
        WEIGHT_KURTOSIS, TRAINED, INITIAL, SHUFFLED, SHUFFLED_MINUS_INITIAL,
        /** 1 when the run grokked ({@link Grokking}), else 0. */
        GROKKED,
        /** The step at which it grokked; undefined when it did not. */
        GROKKING_STEP
    }

    /** The measures only a training run has. */
    public static final List<String> RUN_ONLY = List.of("train-accuracy", "test-accuracy", "color-accuracy",
            "weight-magnitude", WeightKurtosis.NAME, "grokked", "grokking-step");
    /** Prefix: the measure of the network before training. */
    public static final String INIT = "init:";
    /** Prefix: the measure of the trained network with every weight tensor permuted within itself. */
    public static final String SHUFFLED = "shuffled:";
    /**
     * Prefix: {@code shuffled:<m>} minus {@code init:<m>} of the same run, so that "shuffling the trained weights
     * gives the initial complexity" (App. E) is a claim on one number per run.
     */
    public static final String SHUFFLED_MINUS_INIT = "shuffled-minus-init:";

    private static final List<String> PREFIXES = List.of(INIT, SHUFFLED_MINUS_INIT, SHUFFLED);

    /**
     * The run measure called {@code name}.
     *
     * @throws IllegalArgumentException naming what is allowed
     */
    public static RunMeasure parse(String name, MeasureOptions options) {
        switch (name) {
            case "train-accuracy":
                return new RunMeasure(name, Kind.TRAIN_ACCURACY, null);
            case "test-accuracy":
                return new RunMeasure(name, Kind.TEST_ACCURACY, null);
            case "color-accuracy":
                return new RunMeasure(name, Kind.COLOR_ACCURACY, null);
            case "weight-magnitude":
                return new RunMeasure(name, Kind.WEIGHT_MAGNITUDE, null);
            case WeightKurtosis.NAME:
                return new RunMeasure(name, Kind.WEIGHT_KURTOSIS, null);
            case "grokked":
                return new RunMeasure(name, Kind.GROKKED, null);
            case "grokking-step":
                return new RunMeasure(name, Kind.GROKKING_STEP, null);
            default:
                break;
        }
        String prefix = prefix(name);
        Kind kind = prefix == null ? Kind.TRAINED : prefix.equals(INIT) ? Kind.INITIAL
                : prefix.equals(SHUFFLED) ? Kind.SHUFFLED : Kind.SHUFFLED_MINUS_INITIAL;
        String base = prefix == null ? name : name.substring(prefix.length());
        try {
            return new RunMeasure(name, kind, MeasureCatalog.byName(base, options));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown measure '" + name + "' — expected one of " + String.join(", ",
                    allowed()));
        }
    }

    /**
     * Checks that the task has what the measures read.
     *
     * @throws IllegalArgumentException for color-accuracy on a task without a color test set
     */
    public static void checkTask(List<RunMeasure> measures, String task, TaskData data) {
        if (!data.hasColorSet() && measures.stream().anyMatch(m -> m.kind() == Kind.COLOR_ACCURACY)) {
            throw new IllegalArgumentException("measure color-accuracy reads a color test set, which only task "
                    + ColoredDigitsTask.ID + " has; task " + task + " has none");
        }
    }

    /** Whether {@code name} is a measure of a training run that random networks lack. */
    public static boolean isRunOnly(String name) {
        if (RUN_ONLY.contains(name)) {
            return true;
        }
        String prefix = prefix(name);
        String base = prefix == null ? null : name.substring(prefix.length());
        return base != null && (MeasureCatalog.NAMES.contains(base) || MeasureCatalog.EXTENSIONS.contains(base));
    }

    private static String prefix(String name) {
        return PREFIXES.stream().filter(name::startsWith).findFirst().orElse(null);
    }

    /**
     * The prefix of a run measure's name ({@code init:}, {@code shuffled:}, {@code shuffled-minus-init:}), or
     * {@code ""}: what a reading of the measure keeps when it replaces the measure it prefixes.
     */
    public static String runPrefix(String name) {
        String prefix = prefix(name);
        return prefix == null ? "" : prefix;
    }

    /** Every measure a training run takes, for messages. */
    public static List<String> allowed() {
        List<String> out = new ArrayList<>(RUN_ONLY);
        out.addAll(MeasureCatalog.NAMES);
        out.addAll(MeasureCatalog.EXTENSIONS);
        out.add(INIT + "<measure>");
        out.add(SHUFFLED + "<measure>");
        out.add(SHUFFLED_MINUS_INIT + "<measure>");
        return out;
    }

    /** Whether it needs the trained network's function on the evaluation domain. */
    boolean readsTrainedFunction() {
        return kind == Kind.TRAINED;
    }
}
