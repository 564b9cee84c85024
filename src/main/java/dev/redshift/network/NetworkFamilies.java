package dev.redshift.network;

import java.util.List;
import java.util.ServiceLoader;

/** Every network family known by id: the built-in ones, then those registered through {@link ServiceLoader}. */
public final class NetworkFamilies {

    private static final NamedRegistry<NetworkFamily> REGISTRY = new NamedRegistry<>("network",
            List.of(new MlpFamily(), new FourierUnbiasedFamily(), new Gpt2Family(), new RandomTokensFamily(),
                    new TorchScriptFamily(), new ModAddFamily()),
            NetworkFamily.class, NetworkFamily::id);

    private NetworkFamilies() {
    }

    /**
     * The family with this id.
     *
     * @throws IllegalArgumentException naming the known families
     */
    public static NetworkFamily byId(String id) {
        return REGISTRY.byId(id);
    }

    /** Every known id. */
    public static List<String> ids() {
        return REGISTRY.ids();
    }

    /** The built-in ids, without those registered through the service loader. */
    public static List<String> builtInIds() {
        return REGISTRY.builtInIds();
    }
}
