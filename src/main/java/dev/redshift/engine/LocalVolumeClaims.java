package dev.redshift.engine;

import dev.redshift.eval.ComplexitySampler;
import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.LocalVolumeSampler;
import dev.redshift.eval.NetworkSampler;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.measure.volume.LocalVolumeOptions;
import dev.redshift.network.ParameterVectorNetworks;
import dev.redshift.network.RandomNetworks;
import dev.redshift.network.TrainableNetworks;
import dev.redshift.network.TrainableParameterVectors;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.Configuration;
import dev.redshift.spec.MeasureChoice;
import java.util.List;

/** The producer of a claim with local-volume measures (DESIGN §9): local volumes in place of, or beside, functions. */
final class LocalVolumeClaims {

    private LocalVolumeClaims() {
    }

    /** Whether any of the claim's measures is a local-volume one. */
    static boolean any(ClaimPlan plan) {
        return plan.measures().stream().anyMatch(MeasureChoice::isLocalVolume);
    }

    /**
     * The one set of local-volume settings of the claim.
     *
     * @throws IllegalArgumentException when its local-volume measures differ in their settings
     */
    static LocalVolumeOptions options(ClaimPlan plan) {
        List<LocalVolumeOptions> distinct = plan.measures().stream().filter(MeasureChoice::isLocalVolume)
                .map(m -> m.options().volume()).distinct().toList();
        if (distinct.size() > 1) {
            throw new IllegalArgumentException("the local-volume measures of one claim must share their settings;"
                    + " got " + distinct);
        }
        return distinct.get(0);
    }

    /**
     * The networks as parameter vectors, their function read at the domain's points.
     *
     * @throws IllegalArgumentException for a family whose parameters are not one vector
     */
    static ParameterVectorNetworks parameterVectors(RandomNetworks networks, EvaluationDomain domain, String id) {
        if (networks instanceof ParameterVectorNetworks vectors) {
            return vectors;
        }
        if (networks instanceof TrainableNetworks trainable) {
            return new TrainableParameterVectors(trainable, domain.points());
        }
        throw new IllegalArgumentException("local-volume needs networks whose parameters form one vector (modadd,"
                + " mlp, fourier-unbiased); " + id + " has none");
    }

    /** The producer: local volumes, with the claim's other measures taken from the same networks' functions. */
    static NetworkSampler sampler(ParameterVectorNetworks vectors, RandomNetworks networks, EvaluationDomain domain,
            List<ComplexityMeasure> others, ClaimPlan plan, Configuration c, SamplerOptions options) {
        NetworkSampler functions = new ComplexitySampler(networks, domain, others, c.seed(), options);
        return new LocalVolumeSampler(vectors, options(plan), c.seed(), options.device(), plan.measureNames(),
                functions);
    }
}
