package dev.redshift.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Every network family known by id: the built-in ones, then those registered through {@link ServiceLoader}. */
public final class NetworkFamilies {

    private static final Map<String, NetworkFamily> BY_ID = load();

    private NetworkFamilies() {
    }

    private static Map<String, NetworkFamily> load() {
        Map<String, NetworkFamily> byId = new LinkedHashMap<>();
        for (NetworkFamily f : List.of(new MlpFamily(), new FourierUnbiasedFamily(), new Gpt2Family(),
                new RandomTokensFamily())) {
            byId.put(f.id(), f);
        }
        for (NetworkFamily f : ServiceLoader.load(NetworkFamily.class)) {
            if (!byId.containsKey(f.id())) {
                byId.put(f.id(), f);
            }
        }
        return Collections.unmodifiableMap(byId);
    }

    /**
     * The family with this id.
     *
     * @throws IllegalArgumentException naming the known families
     */
    public static NetworkFamily byId(String id) {
        NetworkFamily f = BY_ID.get(id);
        if (f == null) {
            throw new IllegalArgumentException(
                    "unknown network '" + id + "' — expected one of " + String.join(", ", ids()));
        }
        return f;
    }

    /** Every known id. */
    public static List<String> ids() {
        return new ArrayList<>(BY_ID.keySet());
    }
}
