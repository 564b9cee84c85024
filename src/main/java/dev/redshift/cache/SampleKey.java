package dev.redshift.cache;

import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.Configuration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Everything that determines the per-network values of one sampled configuration; two configurations with equal
 * keys give equal numbers for every network index, so the cache may answer one with the other's values.
 *
 * @param codeVersion {@link #CODE_VERSION} and the fingerprint of the compiled sampler, network, measure and
 *     training code ({@link CodeFingerprint})
 * @param network the family id
 * @param parameters every parameter of the family, defaults filled in, in declaration order
 * @param training the {@code train:} block (task, its parameters, steps, lr) or {@code none}
 * @param measures every measure and its options, in the order of the values
 * @param grid points per axis of the evaluation grid
 * @param seed the configuration's seed
 * @param device where networks are evaluated (CPU and GPU round differently)
 */
public record SampleKey(String codeVersion, String network, String parameters, String training, String measures,
        int grid, long seed, String device) {

    /**
     * Bump when the numbers of the sampler, a network family, a measure or the trainer change on purpose; the
     * class-file fingerprint catches the changes nobody remembered to bump it for.
     */
    public static final int CODE_VERSION = 1;

    /**
     * The key of one sampled configuration of a claim.
     *
     * @param device the device the values are computed on, {@code auto} already resolved to cpu or gpu
     */
    public static SampleKey of(Configuration c, ClaimPlan plan, String device) {
        return new SampleKey(CODE_VERSION + "/" + CodeFingerprint.current(), c.network(), c.parameters().toString(),
                c.training() == null ? "none" : c.training().asMap().toString(), plan.measures().toString(),
                plan.grid(), c.seed(), device);
    }

    /** The key's fields in one line, as {@code cache info} shows them. */
    public String canonical() {
        return "code=" + codeVersion + "; network=" + network + "; parameters=" + parameters + "; training="
                + training + "; measures=" + measures + "; grid=" + grid + "; seed=" + seed + "; device=" + device;
    }

    /** SHA-256 of {@link #canonical()}, the key under which values are stored. */
    public String id() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
