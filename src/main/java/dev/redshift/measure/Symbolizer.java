package dev.redshift.measure;

/**
 * Turns any observation into the symbol sequence the LZ measures read: grids in first-index-fastest order and
 * value sequences are quantised; token ids are used as they are.
 */
record Symbolizer(Quantizer quantizer) {

    /** The symbols, or null when a real value is an infinity or NaN (the LZ measures are then undefined). */
    int[] symbols(Observation observation) {
        if (observation instanceof GridValues grid) {
            return quantizer.symbolsOfFinite(grid.firstIndexFastest());
        }
        if (observation instanceof ValueSequence sequence) {
            return quantizer.symbolsOfFinite(sequence.values());
        }
        return ((TokenSequence) observation).tokens();
    }
}
