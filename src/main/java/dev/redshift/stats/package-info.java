/**
 * Statistics of claims: anytime-valid confidence sequences, the expectations of DESIGN §4, the sequential
 * plan and the evidence a verdict rests on.
 *
 * <p>Pure Java: this layer takes streams of numbers through {@link dev.redshift.stats.ValueSource} and knows
 * nothing of networks, DJL or JUnit.
 */
package dev.redshift.stats;
