package dev.redshift.measure;

/**
 * Turns any observation into the symbol sequence the LZ measures read: grids in the given ordering and value
 * sequences are quantised; token ids are used as they are.
 */
record Symbolizer(Quantizer quantizer, GridOrdering ordering) {

    /** Grids read in DESIGN §3's order. */
    Symbolizer(Quantizer quantizer) {
        this(quantizer, GridOrdering.ROWS);
    }


    /** The symbols, or null when a real value is an infinity or NaN (the LZ measures are then undefined). */
    int[] symbols(Observation observation) {
        if (observation instanceof GridValues grid) {
            return quantizer.symbolsOfFinite(ordering.read(grid));
        }
        if (observation instanceof ValueSequence sequence) {
            return quantizer.symbolsOfFinite(sequence.values());
        }
        return ((TokenSequence) observation).tokens();
    }
}
