package dev.redshift.spec;

import dev.redshift.network.NetworkParameters;

/**
 * One configuration of networks a claim samples.
 *
 * @param label how it reads in evidence ("weightScale 16")
 * @param network the family id
 * @param parameters the family's checked parameters, defaults filled in
 * @param seed the seed of its networks
 */
public record Configuration(String label, String network, NetworkParameters parameters, long seed) {
}
