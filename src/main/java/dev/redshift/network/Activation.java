package dev.redshift.network;

import ai.djl.ndarray.NDArray;

/**
 * An elementwise activation φ, usable by its id in specs and on the command line.
 *
 * <p>Service-provider interface: list an implementation in
 * {@code META-INF/services/dev.redshift.network.Activation} and it is available by its {@link #id()}.
 */
public interface Activation {

    /** The name used in specs ({@code relu}, {@code tanh}, ...); lower case, unique. */
    String id();

    /** φ applied elementwise to a tensor of any shape; returns a new array on the same manager. */
    NDArray apply(NDArray x);

    /** φ of one number; the reference the tensor form is tested against. */
    double apply(double x);
}
