package dev.redshift.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.redshift.spec.Claim;
import dev.redshift.spec.ClaimBuilder;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.Claims;
import dev.redshift.spec.SourcePosition;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves {@code @Claims} classes: class and method selectors (the platform turns classpath roots, packages and
 * modules into class selectors) and the unique IDs {@code [class:NAME]} and {@code [class:NAME]/[claim:METHOD]}.
 * Each {@code @Claim} method is built at discovery, so its builder's tags are JUnit tags and its configurations
 * known for the claim's locks; a method that cannot build fails when it runs.
 */
final class ClaimsClassResolver implements SelectorResolver {

    static final String CLASS = "class";

    private final RedshiftEngineDescriptor engine;

    ClaimsClassResolver(RedshiftEngineDescriptor engine) {
        this.engine = engine;
    }

    /** Whether the class declares claims, for class path scanning. */
    static boolean isClaimsClass(Class<?> type) {
        return type.isAnnotationPresent(Claims.class);
    }

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        Class<?> type = selector.getJavaClass();
        if (!isClaimsClass(type)) {
            return Resolution.unresolved();
        }
        return container(type, context).map(c -> Resolution.match(Match.exact(c, () -> methodSelectors(type))))
                .orElse(Resolution.unresolved());
    }

    @Override
    public Resolution resolve(MethodSelector selector, Context context) {
        Class<?> type = selector.getJavaClass();
        Method m = selector.getJavaMethod();
        if (!isClaimsClass(type) || !m.isAnnotationPresent(Claim.class)) {
            return Resolution.unresolved();
        }
        return context.addToParent(() -> selectClass(type), parent -> Optional.of(claim(parent, type, m)))
                .map(claim -> Resolution.match(Match.exact(claim))).orElse(Resolution.unresolved());
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        List<UniqueId.Segment> segments = SpecFileResolver.belowEngine(engine, selector.getUniqueId());
        if (segments.isEmpty() || segments.size() > 2 || !segments.get(0).getType().equals(CLASS)) {
            return Resolution.unresolved();
        }
        // a unique ID of a class that is gone selects nothing
        Optional<Class<?>> type = ReflectionSupport.tryToLoadClass(segments.get(0).getValue()).toOptional();
        if (type.isEmpty()) {
            return Resolution.unresolved();
        }
        if (segments.size() == 1) {
            return Resolution.selectors(Set.of(selectClass(type.get())));
        }
        String method = segments.get(1).getValue();
        return claimMethods(type.get()).filter(m -> m.getName().equals(method)).findFirst()
                .map(m -> Resolution.selectors(Set.of(selectMethod(type.get(), m))))
                .orElse(Resolution.unresolved());
    }

    private Optional<ClaimContainerDescriptor> container(Class<?> type, Context context) {
        String title = type.getAnnotation(Claims.class).value();
        return context.addToParent(parent -> Optional.of(new ClaimContainerDescriptor(
                engine.getUniqueId().append(CLASS, type.getName()), title.isEmpty() ? type.getSimpleName() : title,
                type.getName(), ClassSource.from(type))));
    }

    private ClaimDescriptor claim(TestDescriptor container, Class<?> type, Method m) {
        ClaimBuilder builder = null;
        ClaimPlan plan = null;
        Exception problem = null;
        try {
            builder = javaClaim(type, m);
            plan = builder.build(container.getDisplayName(), new SourcePosition(type.getName() + "#" + m.getName(),
                    1, 1), engine.settings().defaults());
        } catch (Exception e) {
            problem = e;
        } catch (LinkageError e) {
            problem = new IllegalStateException(type.getName() + "." + m.getName() + ": " + e, e);
        }
        ClaimPlan built = plan;
        Exception failure = problem;
        return new ClaimDescriptor(container.getUniqueId().append(SpecFileResolver.CLAIM, m.getName()), m.getName(),
                MethodSource.from(type, m), builder == null ? List.of() : builder.tagNames(), () -> {
                    if (failure != null) {
                        throw failure;
                    }
                    return built;
                }, ClaimLocks.of(plan, engine.settings()));
    }

    private static Set<DiscoverySelector> methodSelectors(Class<?> type) {
        Set<DiscoverySelector> out = new LinkedHashSet<>();
        claimMethods(type).forEach(m -> out.add(selectMethod(type, m)));
        return out;
    }

    private static java.util.stream.Stream<Method> claimMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Claim.class))
                .sorted(Comparator.comparing(Method::getName));
    }

    private static ClaimBuilder javaClaim(Class<?> type, Method m) throws Exception {
        if (m.getParameterCount() != 0 || !ClaimBuilder.class.isAssignableFrom(m.getReturnType())) {
            throw new IllegalArgumentException(type.getName() + "." + m.getName()
                    + ": a @Claim method takes no arguments and returns a ClaimBuilder");
        }
        m.setAccessible(true);
        Object instance = Modifier.isStatic(m.getModifiers()) ? null : newInstance(type);
        try {
            return (ClaimBuilder) m.invoke(instance);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static Object newInstance(Class<?> type) throws ReflectiveOperationException {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }
}
