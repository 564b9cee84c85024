package dev.redshift.network;

import java.util.Locale;

/**
 * A parameter a network family accepts, with its type, default and lower bound; it converts and checks the
 * raw values that come from specs, the command line or Java.
 *
 * @param name the name used in specs ({@code weightScale})
 * @param type what values it takes
 * @param defaultValue the value when none is given
 * @param min the smallest allowed value of a number or integer ({@code NaN}: no bound)
 * @param description one line for help and errors
 */
public record Parameter(String name, Type type, Object defaultValue, double min, String description) {

    /** The kinds of value a parameter takes. */
    public enum Type {
        INTEGER, NUMBER, BOOLEAN, ACTIVATION, TEXT, FILE;

        String label() {
            return switch (this) {
                case INTEGER -> "an integer";
                case NUMBER -> "a finite number";
                case BOOLEAN -> "true or false";
                case ACTIVATION -> "an activation";
                case TEXT -> "a name";
                case FILE -> "a file path";
            };
        }
    }

    public static Parameter integer(String name, int defaultValue, int min, String description) {
        return new Parameter(name, Type.INTEGER, defaultValue, min, description);
    }

    public static Parameter number(String name, double defaultValue, double min, String description) {
        return new Parameter(name, Type.NUMBER, defaultValue, min, description);
    }

    public static Parameter bool(String name, boolean defaultValue, String description) {
        return new Parameter(name, Type.BOOLEAN, defaultValue, Double.NaN, description);
    }

    public static Parameter activation(String name, String defaultValue, String description) {
        return new Parameter(name, Type.ACTIVATION, defaultValue, Double.NaN, description);
    }

    public static Parameter text(String name, String defaultValue, String description) {
        return new Parameter(name, Type.TEXT, defaultValue, Double.NaN, description);
    }

    /** A file the family reads; its value is a {@link ModuleFile}, hashed when the parameter is checked. */
    public static Parameter file(String name, String description) {
        return new Parameter(name, Type.FILE, "", Double.NaN, description);
    }

    /**
     * The checked value of {@code raw}: an {@link Integer}, {@link Double}, {@link Boolean}, {@link Activation}
     *, {@link String} or {@link ModuleFile}.
     *
     * @throws IllegalArgumentException naming the parameter and what it allows
     */
    public Object convert(Object raw) {
        Object value = switch (type) {
            case INTEGER -> toInteger(raw);
            case NUMBER -> toNumber(raw);
            case BOOLEAN -> toBoolean(raw);
            case ACTIVATION -> Activations.byId(String.valueOf(raw).trim().toLowerCase(Locale.ROOT));
            case TEXT -> String.valueOf(raw);
            case FILE -> toFile(raw);
        };
        if (value instanceof Number n && !Double.isNaN(min) && n.doubleValue() < min) {
            throw new IllegalArgumentException(name + " must be at least " + format(min) + ", got " + raw);
        }
        return value;
    }

    private Integer toInteger(Object raw) {
        if (raw instanceof Integer i) {
            return i;
        }
        if (raw instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        if (raw instanceof String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                // fall through to the common message
            }
        }
        throw wrongType(raw);
    }

    private Double toNumber(Object raw) {
        if (raw instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        if (raw instanceof String s) {
            try {
                double d = Double.parseDouble(s.trim());
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // fall through to the common message
            }
        }
        throw wrongType(raw);
    }

    private ModuleFile toFile(Object raw) {
        if (raw instanceof ModuleFile f) {
            return f;
        }
        if (raw == null || String.valueOf(raw).isBlank()) {
            throw new IllegalArgumentException(name + " is required: the path of the module file");
        }
        try {
            return ModuleFile.of(String.valueOf(raw));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private Boolean toBoolean(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return Boolean.parseBoolean((String) raw);
        }
        throw wrongType(raw);
    }

    private IllegalArgumentException wrongType(Object raw) {
        return new IllegalArgumentException(name + " must be " + type.label() + ", got '" + raw + "'");
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
