package dev.redshift.engine;

import dev.redshift.cache.CachedSampler;
import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.LocalVolumeSampler;
import dev.redshift.eval.NetworkSampler;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.network.ModAddNetworks;
import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.RandomNetworks;
import dev.redshift.network.TrainableNetworks;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.Configuration;
import dev.redshift.spec.MeasureChoice;
import dev.redshift.stats.Evidence;
import dev.redshift.train.RunMeasure;
import dev.redshift.train.TrainedParameterVectors;
import dev.redshift.train.TrainedVolumeSampler;
import dev.redshift.train.TrainingSampler;
import java.util.List;

/** The producer of a trained configuration (DESIGN §8): training runs in place of random networks. */
final class TrainedClaims {

    private TrainedClaims() {
    }

    /** The sampler of training runs of a configuration with a {@code train:} block. */
    static NetworkSampler sampler(Configuration c, ClaimPlan plan, SamplerOptions options) {
        TrainableNetworks trainable = trainable(c);
        RandomNetworks networks = trainable;
        EvaluationDomain domain = EvaluationDomain.of(networks, plan.grid(), c.seed());
        List<RunMeasure> measures = plan.measures().stream().filter(m -> !m.isLocalVolume())
                .map(MeasureChoice::runMeasure).toList();
        for (RunMeasure m : measures) {
            if (m.complexity() != null && !m.complexity().accepts(domain.observe(new float[domain.pointCount()], 0))) {
                throw new IllegalArgumentException("measure " + m.name() + " needs a 1-D or 2-D grid; networks with "
                        + networks.inputs() + " inputs are read along a random traversal — use lz or lz76");
            }
        }
        TrainingSampler runs = new TrainingSampler(trainable, c.training(), domain, measures, c.seed(),
                options.device(), 0);
        if (!LocalVolumeClaims.any(plan)) {
            return runs;
        }
        // the local volume around each run's trained parameters, the other measures from the runs themselves
        TrainedParameterVectors vectors = new TrainedParameterVectors(
                LocalVolumeClaims.parameterVectors(trainable, domain, c.network()), trainable, c.training(),
                options.device());
        return new TrainedVolumeSampler(new LocalVolumeSampler(vectors, LocalVolumeClaims.options(plan), c.seed(),
                options.device(), plan.measureNames(), runs), vectors);
    }

    /**
     * The configuration's networks in trainable form.
     *
     * @throws IllegalArgumentException for a family that cannot be trained
     */
    static TrainableNetworks trainable(Configuration c) {
        RandomNetworks networks = NetworkFamilies.byId(c.network()).create(c.parameters());
        if (networks instanceof ModAddNetworks modadd) {
            return modadd.trainable();
        }
        if (!(networks instanceof TrainableNetworks trainable)) {
            throw new IllegalArgumentException("network " + c.network() + " cannot be trained — trainable: mlp,"
                    + " fourier-unbiased, modadd");
        }
        return trainable;
    }

    /** The runs of a trained configuration whose training diverged; a cached trainer's are its non-finite runs. */
    private static List<Long> diverged(NetworkSampler s, Configuration c) {
        if (s instanceof TrainingSampler t) {
            return t.diverged();
        }
        if (s instanceof TrainedVolumeSampler v) {
            return v.diverged();
        }
        if (s instanceof ExecutedSampler executed && c.trained()) {
            return executed.nonFiniteSoFar();
        }
        return s instanceof CachedSampler cached && c.trained() ? cached.nonFiniteSoFar() : List.of();
    }

    /**
     * The evidence with its sentence naming every diverged run, per sampled configuration; unchanged when none
     * diverged.
     */
    static Evidence namingDiverged(Evidence e, ClaimPlan plan, List<NetworkSampler> samplers) {
        StringBuilder note = new StringBuilder();
        for (int c = 0; c < samplers.size(); c++) {
            List<Long> diverged = diverged(samplers.get(c), plan.sampled().get(c));
            if (!diverged.isEmpty()) {
                note.append("; ").append(plan.sampled().get(c).label()).append(": ")
                        .append(TrainingSampler.describeDiverged(diverged));
            }
        }
        if (note.length() == 0) {
            return e;
        }
        return new Evidence(e.verdict(), e.expectation(), e.confidence(), e.statistic(), e.estimate(), e.bounds(),
                e.margin(), e.configurations(), e.networksPerConfiguration(), e.looks(), e.additionalNetworks(),
                e.sentence() + note + ", left out.", e.leans());
    }
}
