package dev.redshift.train;

import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.LocalVolumeSampler;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.eval.NetworkSampler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The producer of local volumes around trained runs: the volume producer over {@link TrainedParameterVectors},
 * with a diverged run (non-finite trained parameters, around which no volume means anything) given no value,
 * marked non-finite and listed by {@link #diverged()}, as the trainer does for its own measures.
 */
public final class TrainedVolumeSampler implements NetworkSampler {

    private final LocalVolumeSampler volumes;
    private final TrainedParameterVectors vectors;

    /**
     * @param volumes the volume producer, over {@code vectors}
     * @param vectors the trained runs it reads
     */
    public TrainedVolumeSampler(LocalVolumeSampler volumes, TrainedParameterVectors vectors) {
        this.volumes = volumes;
        this.vectors = vectors;
    }

    @Override
    public MeasuredNetworks measure(long first, int count) {
        MeasuredNetworks measured = volumes.measure(first, count);
        boolean[] nonFinite = measured.nonFinite().clone();
        double[][] values = measured.values();
        boolean any = false;
        for (int k = 0; k < count; k++) {
            if (vectors.diverged(first + k)) {
                nonFinite[k] = true;
                any = true;
                for (double[] v : values) {
                    v[k] = Double.NaN;
                }
            }
        }
        return any ? new MeasuredNetworks(first, measured.measures(), values, measured.undefinedReasons(), nonFinite)
                : measured;
    }

    /** Every run measured so far whose training diverged, in order. */
    public List<Long> diverged() {
        return vectors.diverged();
    }

    @Override
    public EvaluationDomain domain() {
        return volumes.domain();
    }

    @Override
    public float[] evaluate(long first, int count) {
        return volumes.evaluate(first, count);
    }

    @Override
    public void close() {
        volumes.close();
    }
}
