package dev.redshift.engine;

import dev.redshift.spec.Claim;
import dev.redshift.spec.ClaimBuilder;
import dev.redshift.spec.ClaimDefaults;
import dev.redshift.spec.ClaimEntry;
import dev.redshift.spec.Claims;
import dev.redshift.spec.SourcePosition;
import dev.redshift.spec.SpecException;
import dev.redshift.spec.SpecFile;
import dev.redshift.spec.SpecParser;
import dev.redshift.spec.SpecPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * Turns discovery selectors into descriptors: files, directories, classpath resources and roots, unique IDs,
 * classes and methods. Spec files are shown and identified by their path relative to the working directory
 * (or {@code classpath:name}), so unique IDs are stable across machines and reruns.
 */
final class SpecDiscovery {

    static final String SPEC = "spec";
    static final String CLASS = "class";
    static final String CLAIM = "claim";
    private static final String CLASSPATH = "classpath:";

    private final TestDescriptor root;
    private final SpecParser parser;
    private final ClaimDefaults defaults;
    /** Container key → the claims selected in it (null: all). */
    private final Map<String, Set<String>> selected = new LinkedHashMap<>();

    SpecDiscovery(TestDescriptor root, ClaimDefaults defaults) {
        this.root = root;
        this.defaults = defaults;
        this.parser = new SpecParser(defaults);
    }

    void resolve(EngineDiscoveryRequest request) {
        request.getSelectorsByType(FileSelector.class).forEach(s -> selectFile(s.getPath(), null));
        request.getSelectorsByType(DirectorySelector.class).forEach(s -> specsUnder(s.getPath())
                .forEach(p -> selectFile(p, null)));
        request.getSelectorsByType(ClasspathResourceSelector.class)
                .forEach(s -> select(CLASSPATH + strip(s.getClasspathResourceName()), null));
        request.getSelectorsByType(ClasspathRootSelector.class).forEach(s -> selectRoot(s.getClasspathRoot()));
        request.getSelectorsByType(ClassSelector.class).forEach(s -> selectClass(s.getJavaClass(), null));
        request.getSelectorsByType(MethodSelector.class).forEach(s -> {
            if (s.getJavaMethod().isAnnotationPresent(Claim.class)) {
                selectClass(s.getJavaClass(), s.getJavaMethod().getName());
            }
        });
        request.getSelectorsByType(UniqueIdSelector.class).forEach(s -> selectUniqueId(s.getUniqueId()));
        selected.forEach(this::build);
    }

    private void selectFile(Path path, String claim) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            select(SpecPaths.display(path), claim);
        }
    }

    private void selectRoot(URI uri) {
        if (!"file".equals(uri.getScheme())) {
            return;
        }
        Path rootDir = Path.of(uri);
        for (Path p : specsUnder(rootDir)) {
            if (looksLikeSpec(p)) {
                select(CLASSPATH + rootDir.relativize(p).toString().replace('\\', '/'), null);
            }
        }
    }

    private void selectClass(Class<?> type, String method) {
        if (type.isAnnotationPresent(Claims.class)) {
            select(CLASS + ":" + type.getName(), method);
        }
    }

    private void selectUniqueId(UniqueId id) {
        List<UniqueId.Segment> segments = id.getSegments();
        if (segments.size() < 2 || !segments.get(0).getValue().equals(RedshiftTestEngine.ID)) {
            return;
        }
        String claim = segments.size() > 2 ? segments.get(2).getValue() : null;
        UniqueId.Segment container = segments.get(1);
        if (container.getType().equals(SPEC)) {
            select(container.getValue(), claim);
        } else if (container.getType().equals(CLASS)) {
            try {
                selectClass(Class.forName(container.getValue(), false, classLoader()), claim);
            } catch (ClassNotFoundException e) {
                // a unique ID of a class that is gone selects nothing
            }
        }
    }

    /** Adds a container, or narrows/widens its claim selection. */
    private void select(String key, String claim) {
        if (claim == null) {
            selected.put(key, null);
            return;
        }
        if (selected.containsKey(key) && selected.get(key) == null) {
            return;
        }
        selected.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(claim);
    }

    private void build(String key, Set<String> claims) {
        if (key.startsWith(CLASS + ":")) {
            try {
                buildClass(Class.forName(key.substring(CLASS.length() + 1), false, classLoader()), claims);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        UniqueId id = root.getUniqueId().append(SPEC, key);
        boolean classpath = key.startsWith(CLASSPATH);
        TestSource fileSource = classpath ? ClasspathResourceSource.from(key.substring(CLASSPATH.length()))
                : FileSource.from(Path.of(key).toFile());
        SpecFile spec;
        try {
            spec = parser.parse(key, read(key));
        } catch (SpecException e) {
            ClaimContainerDescriptor container = new ClaimContainerDescriptor(id, key, key, fileSource);
            container.addChild(new ClaimDescriptor(id.append(CLAIM, "spec error"), "spec error",
                    source(key, e.position()), List.of(), () -> {
                        throw e;
                    }));
            root.addChild(container);
            return;
        }
        ClaimContainerDescriptor container = new ClaimContainerDescriptor(id, spec.title(), key, fileSource);
        for (ClaimEntry entry : spec.claims()) {
            if (claims != null && !claims.contains(entry.name())) {
                continue;
            }
            container.addChild(new ClaimDescriptor(id.append(CLAIM, entry.name()), entry.name(),
                    source(key, entry.position()), entry.tags(), () -> {
                        if (entry.error() != null) {
                            throw entry.error();
                        }
                        return entry.plan();
                    }));
        }
        root.addChild(container);
    }

    private void buildClass(Class<?> type, Set<String> claims) {
        UniqueId id = root.getUniqueId().append(CLASS, type.getName());
        String title = type.getAnnotation(Claims.class).value();
        ClaimContainerDescriptor container = new ClaimContainerDescriptor(id,
                title.isEmpty() ? type.getSimpleName() : title, type.getName(), ClassSource.from(type));
        Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Claim.class))
                .filter(m -> claims == null || claims.contains(m.getName()))
                .sorted(Comparator.comparing(Method::getName))
                .forEach(m -> container.addChild(new ClaimDescriptor(id.append(CLAIM, m.getName()), m.getName(),
                        MethodSource.from(type, m), javaTags(type, m),
                        () -> javaClaim(type, m).build(container.getDisplayName(),
                                new SourcePosition(type.getName() + "#" + m.getName(), 1, 1), defaults))));
        root.addChild(container);
    }

    /**
     * The tags a Java claim gives its builder, read at discovery so that tag filters select it as they select a
     * spec's claim; a method that cannot build has none here and reports its error when it runs.
     */
    private static List<String> javaTags(Class<?> type, Method m) {
        try {
            return javaClaim(type, m).tagNames();
        } catch (Exception | LinkageError e) {
            return List.of();
        }
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

    private static TestSource source(String key, SourcePosition at) {
        FilePosition position = FilePosition.from(at.line(), at.column());
        return key.startsWith(CLASSPATH) ? ClasspathResourceSource.from(key.substring(CLASSPATH.length()), position)
                : FileSource.from(Path.of(key).toFile(), position);
    }

    private static String read(String key) {
        try {
            if (key.startsWith(CLASSPATH)) {
                String name = key.substring(CLASSPATH.length());
                try (InputStream in = classLoader().getResourceAsStream(name)) {
                    if (in == null) {
                        throw new SpecException(new SourcePosition(key, 1, 1), "no such classpath resource");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            Path p = Path.of(key);
            if (!Files.isRegularFile(p)) {
                throw new SpecException(new SourcePosition(key, 1, 1), "no such file");
            }
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpecException(new SourcePosition(key, 1, 1), "cannot read: " + e.getMessage());
        }
    }

    /** Spec files under a directory, in a stable order. */
    static List<Path> specsUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".yaml") || n.endsWith(".yml");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean looksLikeSpec(Path p) {
        try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
            return lines.anyMatch(l -> l.startsWith("spec:"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }


    private static String strip(String resource) {
        return resource.startsWith("/") ? resource.substring(1) : resource;
    }

    private static ClassLoader classLoader() {
        ClassLoader l = Thread.currentThread().getContextClassLoader();
        return l != null ? l : SpecDiscovery.class.getClassLoader();
    }

}
