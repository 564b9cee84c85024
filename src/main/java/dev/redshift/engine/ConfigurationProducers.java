package dev.redshift.engine;

import dev.redshift.eval.ComplexitySampler;
import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.NetworkSampler;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.eval.TokenDomain;
import dev.redshift.measure.ComplexityMeasure;
import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.ParameterVectorNetworks;
import dev.redshift.network.RandomNetworks;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.Configuration;
import dev.redshift.spec.MeasureChoice;
import java.util.List;

/**
 * The producer of one sampled configuration of a claim — the random-network sampler or the trainer — built from
 * the plan alone, so that any process holding the spec (this one, or a cluster's executor) builds the same one.
 */
public final class ConfigurationProducers {

    private ConfigurationProducers() {
    }

    /** Where the configuration's networks are read. */
    public static EvaluationDomain domain(ClaimPlan plan, Configuration c) {
        return EvaluationDomain.of(NetworkFamilies.byId(c.network()).create(c.parameters()), plan.grid(), c.seed());
    }

    /**
     * Refuses a configuration whose measures cannot read its networks, before anything is computed.
     *
     * @throws IllegalArgumentException naming the measure and what to use instead
     */
    public static void check(ClaimPlan plan, Configuration c) {
        if (c.trained() && LocalVolumeClaims.any(plan)) {
            // the volume around the trained parameters: one set of settings, a family with one parameter vector
            LocalVolumeClaims.options(plan);
            TrainedClaims.trainable(c);
        }
        if (c.trained()) {
            return; // the trainer checks its run measures when it is built
        }
        RandomNetworks networks = NetworkFamilies.byId(c.network()).create(c.parameters());
        EvaluationDomain domain = EvaluationDomain.of(networks, plan.grid(), c.seed());
        for (ComplexityMeasure m : measures(plan)) {
            if (!m.accepts(domain.observe(new float[domain.pointCount()], 0))) {
                throw new IllegalArgumentException("measure " + m.name() + " needs a 1-D or 2-D grid; "
                        + (domain instanceof TokenDomain ? c.network() + " networks give token sequences"
                                : "networks with " + networks.inputs() + " inputs are read along a random"
                                        + " traversal") + " — use lz or lz76");
            }
        }
        if (LocalVolumeClaims.any(plan)) {
            LocalVolumeClaims.options(plan);
            LocalVolumeClaims.parameterVectors(networks, domain, c.network());
        }
    }

    /** The producer of sampled configuration {@code index} of the plan, in this process. */
    public static NetworkSampler create(ClaimPlan plan, int index, SamplerOptions options) {
        Configuration c = plan.sampled().get(index);
        if (c.trained()) {
            return TrainedClaims.sampler(c, plan, options);
        }
        RandomNetworks networks = NetworkFamilies.byId(c.network()).create(c.parameters());
        EvaluationDomain domain = EvaluationDomain.of(networks, plan.grid(), c.seed());
        if (LocalVolumeClaims.any(plan)) {
            ParameterVectorNetworks vectors = LocalVolumeClaims.parameterVectors(networks, domain, c.network());
            return LocalVolumeClaims.sampler(vectors, networks, domain, measures(plan), plan, c, options);
        }
        return new ComplexitySampler(networks, domain, measures(plan), c.seed(), options);
    }

    /** The function measures of the plan; local-volume measures are the volume producer's own. */
    private static List<ComplexityMeasure> measures(ClaimPlan plan) {
        return plan.measures().stream().filter(m -> !m.isLocalVolume()).map(MeasureChoice::create).toList();
    }
}
