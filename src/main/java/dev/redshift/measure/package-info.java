/**
 * Complexity measures of sampled functions (DESIGN §3): Fourier, Chebyshev, Legendre, LZ78 and LZ76.
 *
 * <p>Pure Java: this layer knows nothing of networks, DJL or JUnit. It takes values on a grid, a sequence of
 * values or a sequence of tokens and returns a {@link dev.redshift.measure.Complexity}.
 */
package dev.redshift.measure;
