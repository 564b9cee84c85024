/**
 * The mathematics of the {@code local-volume} measure (Scherlis &amp; Belrose 2025; DESIGN §9): the Gaussian
 * mass along a ray in log space, the incomplete gamma function it reduces to, the radius searches (the exact one
 * and the published code's) and the per-network summaries.
 *
 * <p>Pure Java: this package knows nothing of networks or DJL. The cost along a ray reaches it as a
 * {@link dev.redshift.measure.volume.RayCosts} callback that evaluates many rays at once.
 */
package dev.redshift.measure.volume;
