/**
 * Random-weight network families (DESIGN §2) evaluated in batches on DJL's PyTorch engine.
 *
 * <p>Families and activations are found by name; users add their own through {@link java.util.ServiceLoader}
 * with {@link dev.redshift.network.NetworkFamily} and {@link dev.redshift.network.Activation}.
 */
package dev.redshift.network;
