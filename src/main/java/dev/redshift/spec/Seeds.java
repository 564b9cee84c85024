package dev.redshift.spec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Default seeds: derived from the spec path and claim name, so claims are independent of each other and
 * stable across runs, machines and reorderings.
 */
public final class Seeds {

    private Seeds() {
    }

    /** The default seed of a claim. */
    public static long of(String file, String claim) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((file + "#" + claim).getBytes(StandardCharsets.UTF_8));
            long s = 0;
            for (int k = 0; k < 8; k++) {
                s = (s << 8) | (h[k] & 0xff);
            }
            return s & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seed of configuration {@code index} of a claim: configurations are independent samples. */
    public static long ofConfiguration(long claimSeed, int index) {
        long z = claimSeed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    /** A user's seed override combined with the claim's identity, so claims stay independent. */
    public static long overridden(long override, String file, String claim) {
        return ofConfiguration(override ^ of(file, claim), 0);
    }
}
