package dev.redshift.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Every activation known by id: the standard ones, then those registered through {@link ServiceLoader}. */
public final class Activations {

    private static final Map<String, Activation> BY_ID = load();

    private Activations() {
    }

    private static Map<String, Activation> load() {
        Map<String, Activation> byId = new LinkedHashMap<>();
        for (StandardActivation a : StandardActivation.values()) {
            byId.put(a.id(), a);
        }
        for (Activation a : ServiceLoader.load(Activation.class)) {
            Activation previous = byId.putIfAbsent(a.id(), a);
            if (previous != null && previous != a) {
                throw new IllegalStateException("two activations are registered as '" + a.id() + "': "
                        + previous.getClass().getName() + " and " + a.getClass().getName());
            }
        }
        return Collections.unmodifiableMap(byId);
    }

    /**
     * The activation with this id.
     *
     * @throws IllegalArgumentException "unknown activation 'rleu' — expected one of relu, gelu, …"
     */
    public static Activation byId(String id) {
        Activation a = BY_ID.get(id);
        if (a == null) {
            throw new IllegalArgumentException(
                    "unknown activation '" + id + "' — expected one of " + String.join(", ", ids()));
        }
        return a;
    }

    /** Every known id, standard ones first. */
    public static List<String> ids() {
        return new ArrayList<>(BY_ID.keySet());
    }
}
