package dev.redshift.measure.volume;

import java.util.Locale;

/**
 * Settings of the {@code local-volume} measure (DESIGN §9), with its defaults.
 *
 * @param epsilon the cost threshold ε
 * @param directions K, the rays per network
 * @param sigmaFactor σ = sigmaFactor · |w0|/√D
 * @param statistic how a network's K ray masses become one value
 * @param cost the cost along a ray; {@link Cost#BY_FAMILY}: KL for families with several outputs, else MSE
 * @param procedure exact, or the published code's choices
 * @param rtol relative width at which the exact bisection stops (an option beyond DESIGN §9, default 1e-6)
 */
public record LocalVolumeOptions(double epsilon, int directions, double sigmaFactor, Statistic statistic, Cost cost,
        Procedure procedure, double rtol) {

    /** DESIGN §9's defaults: ε 0.01, 100 directions, sigmaFactor 1, mean-log, cost by family, exact. */
    public static final LocalVolumeOptions DEFAULTS = new LocalVolumeOptions(0.01, 100, 1, Statistic.MEAN_LOG,
            Cost.BY_FAMILY, Procedure.EXACT, 1e-6);

    public LocalVolumeOptions {
        if (!(epsilon > 0) || directions < 1 || !(sigmaFactor > 0) || !(rtol > 0 && rtol < 1)) {
            throw new IllegalArgumentException("local-volume needs epsilon > 0, directions >= 1, sigmaFactor > 0 and"
                    + " 0 < rtol < 1, got epsilon " + epsilon + ", directions " + directions + ", sigmaFactor "
                    + sigmaFactor + ", rtol " + rtol);
        }
    }

    public LocalVolumeOptions withEpsilon(double e) {
        return new LocalVolumeOptions(e, directions, sigmaFactor, statistic, cost, procedure, rtol);
    }

    public LocalVolumeOptions withDirections(int k) {
        return new LocalVolumeOptions(epsilon, k, sigmaFactor, statistic, cost, procedure, rtol);
    }

    public LocalVolumeOptions withSigmaFactor(double f) {
        return new LocalVolumeOptions(epsilon, directions, f, statistic, cost, procedure, rtol);
    }

    public LocalVolumeOptions withStatistic(Statistic s) {
        return new LocalVolumeOptions(epsilon, directions, sigmaFactor, s, cost, procedure, rtol);
    }

    public LocalVolumeOptions withCost(Cost c) {
        return new LocalVolumeOptions(epsilon, directions, sigmaFactor, statistic, c, procedure, rtol);
    }

    public LocalVolumeOptions withProcedure(Procedure p) {
        return new LocalVolumeOptions(epsilon, directions, sigmaFactor, statistic, cost, p, rtol);
    }

    public LocalVolumeOptions withRtol(double t) {
        return new LocalVolumeOptions(epsilon, directions, sigmaFactor, statistic, cost, procedure, t);
    }

    /** How the K ray masses of a network become one number. */
    public enum Statistic {
        /** mean_i log G_i, what the blog plotted. */
        MEAN_LOG,
        /** log mean_i G_i, the paper's estimator of the log volume. */
        LOG_MEAN_EXP;

        /** @throws IllegalArgumentException naming the allowed values */
        public static Statistic parse(String s) {
            return LocalVolumeOptions.parse(Statistic.class, "statistic", s);
        }
    }

    /** The cost along a ray. */
    public enum Cost {
        /** KL for families with several outputs per input, MSE for scalar ones. */
        BY_FAMILY,
        /** mean over inputs of KL(softmax f_w0 ‖ softmax f_w), in nats. */
        KL,
        /** mean over inputs of (f_w − f_w0)². */
        MSE;

        /** @throws IllegalArgumentException naming the allowed values */
        public static Cost parse(String s) {
            Cost c = LocalVolumeOptions.parse(Cost.class, "cost", s);
            if (c == BY_FAMILY) {
                throw new IllegalArgumentException("cost must be one of kl, mse, got '" + s + "'");
            }
            return c;
        }
    }

    /** Exact, or the published code's choices. */
    public enum Procedure {
        EXACT, BLOG;

        /** @throws IllegalArgumentException naming the allowed values */
        public static Procedure parse(String s) {
            return LocalVolumeOptions.parse(Procedure.class, "procedure", s);
        }
    }

    /** The constant named in specs ({@code mean-log}). */
    public static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String key, String s) {
        for (E e : type.getEnumConstants()) {
            if (name(e).equals(s)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (!(e == Cost.BY_FAMILY)) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(name(e));
            }
        }
        throw new IllegalArgumentException(key + " must be one of " + allowed + ", got '" + s + "'");
    }
}
