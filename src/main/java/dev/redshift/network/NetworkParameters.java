package dev.redshift.network;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checked parameter values of one network family, every declared parameter present (given or default), plus
 * the evaluation grid size that some families derive defaults from.
 */
public final class NetworkParameters {

    private final String family;
    private final Map<String, Object> values;
    private final int grid;

    private NetworkParameters(String family, Map<String, Object> values, int grid) {
        this.family = family;
        this.values = values;
        this.grid = grid;
    }

    /**
     * Checks {@code raw} against the family's declared parameters and fills in defaults.
     *
     * @throws IllegalArgumentException for an unknown name (listing the allowed ones) or a bad value
     */
    public static NetworkParameters resolve(NetworkFamily family, Map<String, ?> raw, int grid) {
        Map<String, Parameter> declared = new LinkedHashMap<>();
        for (Parameter p : family.parameters()) {
            declared.put(p.name(), p);
        }
        for (String key : raw.keySet()) {
            if (!declared.containsKey(key)) {
                throw new IllegalArgumentException("unknown parameter '" + key + "' of network " + family.id()
                        + " — expected one of " + String.join(", ", declared.keySet()));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter p : declared.values()) {
            Object given = raw.get(p.name());
            values.put(p.name(), p.convert(given != null ? given : p.defaultValue()));
        }
        return new NetworkParameters(family.id(), Collections.unmodifiableMap(values), grid);
    }

    public String family() {
        return family;
    }

    /** The evaluation grid's points per axis. */
    public int grid() {
        return grid;
    }

    public int integer(String name) {
        return (Integer) get(name);
    }

    public double number(String name) {
        return (Double) get(name);
    }

    public boolean bool(String name) {
        return (Boolean) get(name);
    }

    public Activation activation(String name) {
        return (Activation) get(name);
    }

    public String text(String name) {
        return (String) get(name);
    }

    public ModuleFile file(String name) {
        return (ModuleFile) get(name);
    }

    /** Every value, activations by id, in declaration order. */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v instanceof Activation a ? a.id() : v));
        return out;
    }

    private Object get(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("network " + family + " has no parameter '" + name + "'");
        }
        return v;
    }

    @Override
    public String toString() {
        return family + asMap().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
