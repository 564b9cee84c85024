package dev.redshift.spec;

import dev.redshift.network.NetworkParameters;
import dev.redshift.train.TrainingSetup;

/**
 * One configuration of networks a claim samples.
 *
 * @param label how it reads in evidence ("weightScale 16")
 * @param network the family id
 * @param parameters the family's checked parameters, defaults filled in
 * @param seed the seed of its networks
 * @param training what each network is trained on before it is measured (DESIGN §8), or null
 */
public record Configuration(String label, String network, NetworkParameters parameters, long seed,
        TrainingSetup training) {

    /** A configuration of random, untrained networks. */
    public Configuration(String label, String network, NetworkParameters parameters, long seed) {
        this(label, network, parameters, seed, null);
    }

    /** Whether its samples are training runs. */
    public boolean trained() {
        return training != null;
    }
}
