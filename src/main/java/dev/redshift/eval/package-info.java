/**
 * Evaluation of random networks (DESIGN §3): the grid or random traversal they are evaluated on, and the
 * {@link dev.redshift.eval.ComplexitySampler} that turns batches of networks into complexity values.
 */
package dev.redshift.eval;
