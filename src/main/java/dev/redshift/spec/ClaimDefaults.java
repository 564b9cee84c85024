package dev.redshift.spec;

/**
 * Run-wide settings that shape every claim: the confidence of claims that state none, a factor on every
 * samples budget (quick CI runs vs full replication) and a seed override for reruns with fresh randomness.
 *
 * @param confidence e.g. 0.95
 * @param samplesScale multiplies samples.min and samples.max
 * @param seedOverride combined with each claim's own seed, or null
 */
public record ClaimDefaults(double confidence, double samplesScale, Long seedOverride) {

    /** DESIGN §4's defaults: 95%, full budget, no override. */
    public static final ClaimDefaults STANDARD = new ClaimDefaults(ClaimBuilder.DEFAULT_CONFIDENCE, 1.0, null);

    public ClaimDefaults {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
        }
        if (!(samplesScale > 0)) {
            throw new IllegalArgumentException("samples scale must be positive, got " + samplesScale);
        }
    }
}
