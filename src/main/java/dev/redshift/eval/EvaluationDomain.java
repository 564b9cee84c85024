package dev.redshift.eval;

import dev.redshift.measure.Observation;

/** The input points a network is evaluated at, and how its outputs become an {@link Observation}. */
public interface EvaluationDomain {

    /** The domain DESIGN §3 prescribes: a grid for 1 or 2 inputs, the random traversal above that. */
    static EvaluationDomain forInputs(int inputs, int pointsPerAxis, long seed) {
        return inputs <= 2 ? new Grid(pointsPerAxis, inputs) : RandomTraversal.of(pointsPerAxis, inputs, seed);
    }

    /** Where a family's networks are read: their token sequences, or the grid or traversal of their inputs. */
    static EvaluationDomain of(dev.redshift.network.RandomNetworks networks, int pointsPerAxis, long seed) {
        return networks instanceof dev.redshift.network.SequenceNetworks s ? new TokenDomain(s.sequenceLength())
                : forInputs(networks.inputs(), pointsPerAxis, seed);
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
