package dev.redshift.spec;

import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;

/**
 * A measure named in a spec, with its settings.
 *
 * @param name one of {@link MeasureCatalog#NAMES}
 * @param options its settings
 */
public record MeasureChoice(String name, MeasureOptions options) {

    /** The measure itself. */
    public ComplexityMeasure create() {
        return MeasureCatalog.byName(name, options);
    }
}
