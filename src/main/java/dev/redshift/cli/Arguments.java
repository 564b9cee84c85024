package dev.redshift.cli;

import dev.redshift.stats.SamplesBudget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GNU-style options of one verb: {@code --name value}, {@code --name=value} and flags, plus positionals.
 * Every option must be declared; anything else is a {@link UsageException} naming what is allowed.
 */
final class Arguments {

    /** Whether parse stops once the options are checked ({@link #checkOnly}). */
    private static final ThreadLocal<Boolean> CHECK_ONLY = ThreadLocal.withInitial(() -> false);

    /** Thrown by parse under {@link #checkOnly}: the options were all known, and nothing ran. */
    static final class Checked extends RuntimeException {
        Checked() {
            super("options checked", null, false, false);
        }
    }

    /**
     * Runs a command line only as far as its options: every verb parses them first, so the docs check can try a
     * documented command (flags that no longer exist are errors) without running it.
     */
    static int checkOnly(java.util.function.IntSupplier run) {
        CHECK_ONLY.set(true);
        try {
            return run.getAsInt();
        } finally {
            CHECK_ONLY.set(false);
        }
    }

    private final String verb;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positionals = new ArrayList<>();

    private Arguments(String verb) {
        this.verb = verb;
    }

    /**
     * @param valued options that take a value
     * @param flagNames options that take none
     */
    static Arguments parse(String verb, String[] args, int from, Set<String> valued, Set<String> flagNames) {
        Arguments a = new Arguments(verb);
        for (int k = from; k < args.length; k++) {
            String arg = args[k];
            if (!arg.startsWith("--")) {
                a.positionals.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flagNames.contains(name) && value == null) {
                a.flags.add(name);
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (k + 1 >= args.length) {
                        throw new UsageException(verb + ": --" + name + " needs a value");
                    }
                    value = args[++k];
                }
                a.values.put(name, value);
            } else {
                List<String> allowed = new ArrayList<>();
                valued.stream().sorted().forEach(v -> allowed.add("--" + v));
                flagNames.stream().sorted().forEach(f -> allowed.add("--" + f));
                throw new UsageException(verb + ": unknown option --" + name + " — expected one of "
                        + String.join(", ", allowed));
            }
        }
        if (CHECK_ONLY.get()) {
            throw new Checked();
        }
        return a;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException(verb + ": --" + name + " is required");
        }
        return v;
    }

    int integer(String name, int fallback) {
        long v = longValue(name, fallback);
        if (v != (int) v) {
            throw new UsageException(verb + ": --" + name + " must be an integer of at most " + Integer.MAX_VALUE
                    + ", got " + values.get(name));
        }
        return (int) v;
    }

    /**
     * A number of networks: from 1 to {@link SamplesBudget#MAX_NETWORKS}, checked before anything is allocated
     * (every network's values are kept).
     */
    int networkCount(String name, int fallback) {
        long v = longValue(name, fallback);
        if (v < 1 || v > SamplesBudget.MAX_NETWORKS) {
            throw new UsageException(verb + ": --" + name + " must be between 1 and " + SamplesBudget.MAX_NETWORKS
                    + " networks, got " + v);
        }
        return (int) v;
    }

    long longValue(String name, long fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(verb + ": --" + name + " must be an integer, got '" + v + "'");
        }
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    List<String> positionals() {
        return positionals;
    }
}
