/**
 * The spec language v1 (DESIGN §4): YAML spec files and Java-built claims, parsed and checked into
 * {@link dev.redshift.spec.ClaimPlan}s with every position kept for error messages and IDE navigation.
 */
package dev.redshift.spec;
