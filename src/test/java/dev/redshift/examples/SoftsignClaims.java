package dev.redshift.examples;

import dev.redshift.spec.Claim;
import dev.redshift.spec.ClaimBuilder;
import dev.redshift.spec.Claims;

/**
 * Claims declared in Java about an activation registered through the SPI ({@code softsign}, see
 * {@code dev.redshift.network.SoftsignActivation} and {@code META-INF/services}). The redshift engine runs
 * each {@link Claim} method as a test, exactly like a claim in a spec file.
 */
@Claims("Softsign keeps the simplicity bias")
class SoftsignClaims {

    @Claim
    ClaimBuilder softsignIsSimplerThanTanhAtLargeWeights() {
        return ClaimBuilder.claim("Softsign networks are simpler than tanh networks at large weight magnitude")
                .source("user check, after Neural Redshift Table 1")
                .tags("example", "softsign")
                .compare(java.util.Map.of("activation", "softsign", "weightScale", 8),
                        java.util.Map.of("activation", "tanh", "weightScale", 8))
                .measure("lz")
                .samples(16, 100)
                .expect("less");
    }

    @Claim
    ClaimBuilder softsignComplexityRisesWithWeightMagnitude() {
        return ClaimBuilder.claim("Softsign LZ complexity rises with weight magnitude")
                .tags("example", "softsign")
                .with("activation", "softsign")
                .vary("weightScale", 1, 4, 16)
                .measure("lz")
                .samples(16, 100)
                .expect("increasing");
    }
}
