package dev.redshift.engine;

import dev.redshift.spec.ClaimPlan;

/** Produces a claim's plan at execution time; a mistake in the claim surfaces as the test's failure. */
@FunctionalInterface
interface ClaimSupplier {
    ClaimPlan plan() throws Exception;
}
