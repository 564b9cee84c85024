package dev.redshift.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Things known by id: the built-in ones first, then those registered through {@link ServiceLoader}. Two
 * registrations of one id are an error, and an unknown id is answered with every known one.
 */
public final class NamedRegistry<T> {

    private final String kind;
    private final Map<String, T> byId;
    private final List<String> builtInIds;

    public NamedRegistry(String kind, List<? extends T> builtIn, Class<T> service, Function<T, String> id) {
        this.kind = kind;
        Map<String, T> map = new LinkedHashMap<>();
        List<T> all = new ArrayList<>(builtIn);
        ServiceLoader.load(service).forEach(all::add);
        for (T t : all) {
            T previous = map.putIfAbsent(id.apply(t), t);
            if (previous != null && previous.getClass() != t.getClass()) {
                throw new IllegalStateException("two " + kind + "s are registered as '" + id.apply(t) + "': "
                        + previous.getClass().getName() + " and " + t.getClass().getName());
            }
        }
        this.byId = Collections.unmodifiableMap(map);
        this.builtInIds = builtIn.stream().map(t -> id.apply(t)).toList();
    }

    /** The one with this id; the error lists the known ids ("unknown activation 'rleu' — expected one of …"). */
    public T byId(String id) {
        T t = byId.get(id);
        if (t == null) {
            throw new IllegalArgumentException("unknown " + kind + " '" + id + "' — expected one of "
                    + String.join(", ", ids()));
        }
        return t;
    }

    /** The ids of the built-in ones alone, without the service-loaded. */
    public List<String> builtInIds() {
        return builtInIds;
    }

    /** Every known id, built-in ones first. */
    public List<String> ids() {
        return new ArrayList<>(byId.keySet());
    }
}
