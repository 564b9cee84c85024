package dev.redshift.spec;

import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.measure.GridOrdering;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.measure.volume.LocalVolumeOptions;
import dev.redshift.measure.volume.VolumeMeasure;
import dev.redshift.train.RunMeasure;
import java.util.ArrayList;
import java.util.List;

/**
 * A measure named in a spec, with its settings.
 *
 * @param name one of {@link MeasureCatalog#NAMES}
 * @param options its settings
 */
public record MeasureChoice(String name, MeasureOptions options) {

    /**
     * Checks the name and settings: a §3 measure, or a measure of a training run (DESIGN §8).
     *
     * @throws IllegalArgumentException naming the allowed measures
     */
    public void check() {
        if (isLocalVolume()) {
            return;
        }
        try {
            if (RunMeasure.isRunOnly(name)) {
                RunMeasure.parse(name, options);
            } else {
                create();
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ", " + String.join(", ", VolumeMeasure.NAMES), e);
        }
    }

    /** The measure of a training run. */
    public RunMeasure runMeasure() {
        return RunMeasure.parse(name, options);
    }

    /** Whether it is one of the local-volume measures (DESIGN §9), which a producer of its own computes. */
    public boolean isLocalVolume() {
        return VolumeMeasure.byId(name) != null;
    }

    /** The measure itself. */
    public ComplexityMeasure create() {
        return MeasureCatalog.byName(name, options);
    }

    /** The measure without a run prefix: {@code fourier} for {@code init:fourier}, itself when it has none. */
    public MeasureChoice base() {
        String prefix = RunMeasure.runPrefix(name);
        return prefix.isEmpty() ? this : new MeasureChoice(name.substring(prefix.length()), options);
    }

    /**
     * This measure read as {@code reading}: the reading's name and settings under this measure's run prefix, so
     * that {@code init:fourier} read as {@code {name: fourier, dc: include}} is {@code init:fourier {dc: include}}.
     */
    public MeasureChoice readAs(MeasureChoice reading) {
        return new MeasureChoice(RunMeasure.runPrefix(name) + reading.name(), reading.options());
    }

    /**
     * The measure as a reader of a verdict needs it: its name, then, in braces and in the spec's own words, every
     * setting that differs from the defaults ({@code lz {ordering: snake}}), so that a claim comparing a measure
     * with itself under other settings does not read "the correlation of lz and lz".
     */
    public String label() {
        List<String> changed = new ArrayList<>();
        MeasureOptions d = MeasureOptions.DEFAULTS;
        differs(changed, "maxOrder", options.maxOrder(), d.maxOrder());
        differs(changed, "method", options.polynomialMethod().id(), d.polynomialMethod().id());
        differs(changed, "border", options.border(), d.border());
        differs(changed, "levels", options.levels(), d.levels());
        if (options.ordering() != GridOrdering.ROWS) {
            changed.add("ordering: " + options.ordering().id());
        }
        if (options.fourierDc() != d.fourierDc()) {
            changed.add("dc: " + options.fourierDc().id());
        }
        LocalVolumeOptions v = options.volume();
        LocalVolumeOptions dv = LocalVolumeOptions.DEFAULTS;
        differs(changed, "epsilon", v.epsilon(), dv.epsilon());
        differs(changed, "directions", v.directions(), dv.directions());
        differs(changed, "sigmaFactor", v.sigmaFactor(), dv.sigmaFactor());
        differs(changed, "statistic", LocalVolumeOptions.name(v.statistic()), LocalVolumeOptions.name(dv.statistic()));
        differs(changed, "cost", LocalVolumeOptions.name(v.cost()), LocalVolumeOptions.name(dv.cost()));
        differs(changed, "procedure", LocalVolumeOptions.name(v.procedure()), LocalVolumeOptions.name(dv.procedure()));
        differs(changed, "rtol", v.rtol(), dv.rtol());
        return changed.isEmpty() ? name : name + " {" + String.join(", ", changed) + "}";
    }

    private static void differs(List<String> changed, String key, Object value, Object byDefault) {
        if (!value.equals(byDefault)) {
            changed.add(key + ": " + (value instanceof Double x ? format(x) : value));
        }
    }

    private static String format(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
