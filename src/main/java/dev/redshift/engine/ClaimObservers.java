package dev.redshift.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.engine.support.store.NamespacedHierarchicalStore;

/**
 * Where a run finds its observers: those registered with {@link ServiceLoader} (the Allure reporter), the classes
 * named by {@value EngineSettings#OBSERVERS}, and those attached to the launcher session that runs the engine
 * (the command line's reports). Nothing is kept between runs: a session's observers end with it.
 */
public final class ClaimObservers {

    private static final Namespace NAMESPACE = Namespace.create(ClaimObservers.class.getName());
    private static final String KEY = "observers";

    private ClaimObservers() {
    }

    /**
     * Adds an observer of every claim run under {@code store}: a launcher session's store
     * ({@code LauncherSession.getStore()}) reaches every execution of that session.
     */
    @SuppressWarnings("unchecked")
    public static void addTo(NamespacedHierarchicalStore<Namespace> store, ClaimObserver observer) {
        ((List<ClaimObserver>) store.getOrComputeIfAbsent(NAMESPACE, KEY, k -> new CopyOnWriteArrayList<>()))
                .add(observer);
    }

    /** The observers of this run; a class named in the settings that cannot be made is an error naming it. */
    @SuppressWarnings("unchecked")
    static List<ClaimObserver> of(ExecutionRequest request, EngineSettings settings) {
        List<ClaimObserver> out = new ArrayList<>();
        ServiceLoader.load(ClaimObserver.class).forEach(out::add);
        for (String name : settings.observers()) {
            Class<?> type = ReflectionSupport.tryToLoadClass(name).toOptional().orElseThrow(
                    () -> new IllegalArgumentException(EngineSettings.OBSERVERS + ": no class " + name
                            + " on the class path"));
            if (!ClaimObserver.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(EngineSettings.OBSERVERS + ": " + name + " is not a "
                        + ClaimObserver.class.getName());
            }
            out.add((ClaimObserver) ReflectionSupport.newInstance(type));
        }
        Object attached = sessionStore(request).get(NAMESPACE, KEY);
        if (attached instanceof List<?> list) {
            out.addAll((List<ClaimObserver>) list);
        }
        return out;
    }

    /** The request's store; a launcher older than the engine's platform has none, and so no attached observers. */
    private static NamespacedHierarchicalStore<Namespace> sessionStore(ExecutionRequest request) {
        try {
            return request.getStore();
        } catch (RuntimeException e) {
            return new NamespacedHierarchicalStore<>(null);
        }
    }
}
