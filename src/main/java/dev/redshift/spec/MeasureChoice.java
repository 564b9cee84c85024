package dev.redshift.spec;

import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.measure.volume.VolumeMeasure;
import dev.redshift.train.RunMeasure;

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
}
