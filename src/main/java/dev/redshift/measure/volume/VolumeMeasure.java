package dev.redshift.measure.volume;

import java.util.Arrays;
import java.util.List;

/**
 * The measures the local-volume estimate of a network gives (DESIGN §9 and issue 18): the chosen statistic of
 * log G, the same per parameter, the mean log radius relative to |w0|, the share of infinite radii, the
 * saturation flag and whether the blog's procedure drops the network.
 */
public enum VolumeMeasure {
    /** The chosen statistic of log G. */
    VOLUME("local-volume"),
    /** The statistic divided by D. */
    PER_PARAMETER("local-volume-per-parameter"),
    /** mean_i log(r_i/|w0|) over finite radii. */
    LOG_RADIUS("local-volume-log-radius"),
    /** The share of infinite radii. */
    INFINITE("local-volume-infinite"),
    /** 1 when most radii lie beyond σ√D, else 0. */
    SATURATED("local-volume-saturated"),
    /** 1 when the blog's procedure drops the network, else 0 (always 0 under the exact procedure). */
    DROPPED("local-volume-dropped");

    /** Every name, in declaration order. */
    public static final List<String> NAMES = Arrays.stream(values()).map(VolumeMeasure::id).toList();

    private final String id;

    VolumeMeasure(String id) {
        this.id = id;
    }

    /** The measure's name in specs. */
    public String id() {
        return id;
    }

    /** The kind called {@code name}, or null when it is no local-volume measure. */
    public static VolumeMeasure byId(String name) {
        for (VolumeMeasure k : values()) {
            if (k.id.equals(name)) {
                return k;
            }
        }
        return null;
    }

    /** The value of this kind for one network; NaN for a network the blog drops. */
    public double of(VolumeEstimate e, LocalVolumeOptions.Statistic statistic) {
        return switch (this) {
            case VOLUME -> e.value(statistic);
            case PER_PARAMETER -> e.value(statistic) / e.dimension();
            case LOG_RADIUS -> e.dropped() != null ? Double.NaN : e.meanLogRadius();
            case INFINITE -> e.dropped() != null ? Double.NaN : e.infiniteFraction();
            case SATURATED -> e.dropped() != null ? Double.NaN : e.saturated() ? 1 : 0;
            case DROPPED -> e.dropped() != null ? 1 : 0;
        };
    }
}
