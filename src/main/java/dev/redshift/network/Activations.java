package dev.redshift.network;

import java.util.List;
import java.util.ServiceLoader;

/** Every activation known by id: the standard ones, then those registered through {@link ServiceLoader}. */
public final class Activations {

    private static final NamedRegistry<Activation> REGISTRY = new NamedRegistry<>("activation",
            List.of(StandardActivation.values()), Activation.class, Activation::id);

    private Activations() {
    }

    /**
     * The activation with this id.
     *
     * @throws IllegalArgumentException "unknown activation 'rleu' — expected one of relu, gelu, …"
     */
    public static Activation byId(String id) {
        return REGISTRY.byId(id);
    }

    /** Every known id, standard ones first. */
    public static List<String> ids() {
        return REGISTRY.ids();
    }

    /** The built-in ids, without those registered through the service loader. */
    public static List<String> builtInIds() {
        return REGISTRY.builtInIds();
    }
}
