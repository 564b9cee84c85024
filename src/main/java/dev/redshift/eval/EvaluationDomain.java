package dev.redshift.eval;

import dev.redshift.measure.Observation;

/** The input points a network is evaluated at, and how its outputs become an {@link Observation}. */
public interface EvaluationDomain {

    /** The domain DESIGN §3 prescribes: a grid for 1 or 2 inputs, the random traversal above that. */
    static EvaluationDomain forInputs(int inputs, int pointsPerAxis, long seed) {
        return inputs <= 2 ? new Grid(pointsPerAxis, inputs) : RandomTraversal.of(pointsPerAxis, inputs, seed);
    }

    /** Input dimension. */
    int inputs();

    /** Number of points P. */
    int pointCount();

    /** The points, row-major (P × inputs). */
    float[] points();

    /** The observation made of one network's P outputs starting at {@code offset}. */
    Observation observe(float[] outputs, int offset);
}
