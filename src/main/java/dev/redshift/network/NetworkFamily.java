package dev.redshift.network;

import java.util.List;

/**
 * A family of random networks (mlp, fourier-unbiased, ...), usable by its id in specs.
 *
 * <p>Service-provider interface: list an implementation in
 * {@code META-INF/services/dev.redshift.network.NetworkFamily} to add a family.
 */
public interface NetworkFamily {

    /** The id used in specs ({@code mlp}). */
    String id();

    /** The parameters the family accepts, with defaults. */
    List<Parameter> parameters();

    /** Networks of this family with the given, already checked, parameters. */
    RandomNetworks create(NetworkParameters parameters);
}
