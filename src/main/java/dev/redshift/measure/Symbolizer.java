package dev.redshift.measure;

/**
 * Turns any observation into the symbol sequence the LZ measures read: grids in first-index-fastest order and
 * value sequences are quantised; token ids are used as they are.
 */
record Symbolizer(Quantizer quantizer) {

    int[] symbols(Observation observation) {
        if (observation instanceof GridValues grid) {
            return quantizer.quantize(grid.firstIndexFastest());
        }
        if (observation instanceof ValueSequence sequence) {
            return quantizer.quantize(sequence.values());
        }
        return ((TokenSequence) observation).tokens();
    }
}
