package dev.redshift.spec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Default seeds: derived from what identifies a claim itself, its spec's title ({@code spec:}, or a
 * {@code @Claims} class's title) and its name, so claims are independent of each other and draw the same networks
 * whether they run from a folder, from their file alone, from another working directory or from the class path.
 */
public final class Seeds {

    private Seeds() {
    }

    /**
     * The default seed of a claim: the first 8 bytes of SHA-256("title#claim"), sign bit cleared.
     *
     * @param title the spec's title (any other stable name of a group of claims, for figures)
     * @param claim the claim's name
     */
    public static long of(String title, String claim) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((title + "#" + claim).getBytes(StandardCharsets.UTF_8));
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
    public static long overridden(long override, String title, String claim) {
        return ofConfiguration(override ^ of(title, claim), 0);
    }
}
