package dev.redshift.cli;

import dev.redshift.measure.FourierDc;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.measure.PolynomialMethod;
import java.util.Set;

/** The measure settings {@code measure} and {@code sample} share. */
final class MeasureFlags {

    static final Set<String> NAMES = Set.of("max-order", "poly-method", "border", "levels", "fourier-dc");

    private MeasureFlags() {
    }

    static MeasureOptions options(Arguments a) {
        MeasureOptions d = MeasureOptions.DEFAULTS;
        return d.withMaxOrder(a.integer("max-order", d.maxOrder()))
                .withPolynomialMethod(PolynomialMethod.parse(a.text("poly-method", d.polynomialMethod().id())))
                .withBorder(a.integer("border", d.border()))
                .withLevels(a.integer("levels", d.levels()))
                .withFourierDc(FourierDc.parse(a.text("fourier-dc", d.fourierDc().id())));
    }
}
