/**
 * Trained networks (DESIGN §8): tasks, batched full-batch training on DJL, and the producer that turns training
 * run k of a configuration into one number per measure, beside the random-network sampler.
 */
package dev.redshift.train;
