/**
 * The JUnit Platform engine {@code redshift}: discovers spec files and {@code @Claims} classes, runs each
 * claim through the statistics on the sampler and reports it as a test. A thin adapter: the claims, the
 * sampling and the statistics live in their own packages.
 */
package dev.redshift.engine;
