package dev.redshift.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.redshift.spec.ClaimEntry;
import dev.redshift.spec.SourcePosition;
import dev.redshift.spec.SpecException;
import dev.redshift.spec.SpecFile;
import dev.redshift.spec.SpecParser;
import dev.redshift.spec.SpecPaths;
import dev.redshift.spec.SpecText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.commons.io.Resource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves spec files: file, directory and classpath resource selectors, and the unique IDs
 * {@code [spec:KEY]} and {@code [spec:KEY]/[claim:NAME]}. KEY is the file's path relative to the working directory
 * (or {@code classpath:NAME}), so unique IDs are stable across machines and reruns. A file that cannot be read
 * or parsed is a {@link DiscoveryIssue} at its file, line and column (severity ERROR unless
 * {@value EngineSettings#DISCOVERY_ISSUE_SEVERITY} says warning); a single broken claim is
 * a test that fails with its mistake, beside the others.
 */
final class SpecFileResolver implements SelectorResolver {

    static final String SPEC = "spec";
    static final String CLAIM = "claim";
    static final String CLASSPATH = "classpath:";

    private final RedshiftEngineDescriptor engine;
    private final SpecParser parser;
    private final DiscoveryIssueReporter issues;
    /** Key → the parsed file, or empty when it is broken (reported once). */
    private final Map<String, Optional<SpecFile>> parsed = new HashMap<>();

    SpecFileResolver(RedshiftEngineDescriptor engine, DiscoveryIssueReporter issues) {
        this.engine = engine;
        this.parser = new SpecParser(engine.settings().defaults());
        this.issues = issues;
    }

    /** Whether a classpath resource is a spec file, for classpath root and package scanning. */
    static boolean isSpec(Resource resource) {
        if (!isSpecName(resource.getName())) {
            return false;
        }
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().anyMatch(l -> l.startsWith("spec:"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    @Override
    public Resolution resolve(FileSelector selector, Context context) {
        return isSpecName(selector.getRawPath()) ? spec(SpecPaths.display(selector.getPath()), context)
                : Resolution.unresolved();
    }

    @Override
    public Resolution resolve(DirectorySelector selector, Context context) {
        Path dir = selector.getPath();
        if (!Files.isDirectory(dir)) {
            return Resolution.unresolved();
        }
        // the platform scans class paths, not folders: the walk stays here
        try (Stream<Path> walk = Files.walk(dir)) {
            Set<DiscoverySelector> files = walk.filter(Files::isRegularFile)
                    .filter(p -> isSpecName(p.getFileName().toString())).sorted()
                    .map(p -> selectFile(p.toFile())).collect(Collectors.toCollection(LinkedHashSet::new));
            return files.isEmpty() ? Resolution.unresolved() : Resolution.selectors(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Resolution resolve(ClasspathResourceSelector selector, Context context) {
        String name = selector.getClasspathResourceName();
        name = name.startsWith("/") ? name.substring(1) : name;
        return isSpecName(name) ? spec(CLASSPATH + name, context) : Resolution.unresolved();
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        List<UniqueId.Segment> segments = belowEngine(engine, selector.getUniqueId());
        if (segments.isEmpty() || segments.size() > 2 || !segments.get(0).getType().equals(SPEC)) {
            return Resolution.unresolved();
        }
        String key = segments.get(0).getValue();
        if (segments.size() == 1) {
            return Resolution.selectors(Set.of(selectorOf(key)));
        }
        if (!segments.get(1).getType().equals(CLAIM)) {
            return Resolution.unresolved();
        }
        String name = segments.get(1).getValue();
        return context.addToParent(() -> selectorOf(key), parent -> parse(key)
                .flatMap(spec -> spec.claims().stream().filter(e -> e.name().equals(name)).findFirst())
                .map(entry -> claim(parent, key, entry)))
                .map(claim -> Resolution.match(Match.exact(claim))).orElse(Resolution.unresolved());
    }

    /**
     * The segments of a unique ID below the engine's own, which is {@code [engine:redshift]} when a launcher runs
     * the engine and longer inside a suite ({@code [engine:junit-platform-suite]/[suite:…]/[engine:redshift]}).
     */
    static List<UniqueId.Segment> belowEngine(TestDescriptor engine, UniqueId id) {
        List<UniqueId.Segment> own = engine.getUniqueId().getSegments();
        List<UniqueId.Segment> all = id.getSegments();
        return id.hasPrefix(engine.getUniqueId()) ? all.subList(own.size(), all.size()) : List.of();
    }

    /** The container of a spec file, whose claims are resolved as its children. */
    private Resolution spec(String key, Context context) {
        Optional<SpecFile> spec = parse(key);
        if (spec.isEmpty()) {
            return Resolution.unresolved();
        }
        UniqueId id = engine.getUniqueId().append(SPEC, key);
        return context.addToParent(parent -> Optional.of(new ClaimContainerDescriptor(id, spec.get().title(), key,
                        containerSource(key))))
                .map(container -> Resolution.match(Match.exact(container, () -> claimSelectors(id, spec.get()))))
                .orElse(Resolution.unresolved());
    }

    private static Set<DiscoverySelector> claimSelectors(UniqueId container, SpecFile spec) {
        Set<DiscoverySelector> out = new LinkedHashSet<>();
        spec.claims().forEach(e -> out.add(selectUniqueId(container.append(CLAIM, e.name()))));
        return out;
    }

    private ClaimDescriptor claim(TestDescriptor parent, String key, ClaimEntry entry) {
        return new ClaimDescriptor(parent.getUniqueId().append(CLAIM, entry.name()), entry.name(),
                source(key, entry.position()), entry.tags(), () -> {
                    if (entry.error() != null) {
                        throw entry.error();
                    }
                    return entry.plan();
                }, ClaimLocks.of(entry.plan(), engine.settings()));
    }

    private Optional<SpecFile> parse(String key) {
        return parsed.computeIfAbsent(key, k -> {
            try {
                return Optional.of(parser.parse(k, read(k)));
            } catch (SpecException e) {
                issues.reportIssue(DiscoveryIssue.builder(engine.settings().discoveryIssueSeverity(), e.getMessage())
                        .source(source(k, e.position())).cause(e));
                return Optional.empty();
            }
        });
    }

    private static DiscoverySelector selectorOf(String key) {
        return key.startsWith(CLASSPATH) ? selectClasspathResource(key.substring(CLASSPATH.length()))
                : selectFile(key);
    }

    private static TestSource containerSource(String key) {
        return key.startsWith(CLASSPATH) ? ClasspathResourceSource.from(key.substring(CLASSPATH.length()))
                : FileSource.from(Path.of(key).toFile());
    }

    private static TestSource source(String key, SourcePosition at) {
        FilePosition position = FilePosition.from(at.line(), at.column());
        return key.startsWith(CLASSPATH) ? ClasspathResourceSource.from(key.substring(CLASSPATH.length()), position)
                : FileSource.from(Path.of(key).toFile(), position);
    }

    private static String read(String key) {
        try {
            if (key.startsWith(CLASSPATH)) {
                try (InputStream in = classLoader().getResourceAsStream(key.substring(CLASSPATH.length()))) {
                    if (in == null) {
                        throw new SpecException(new SourcePosition(key, 1, 1), "no such classpath resource");
                    }
                    return SpecText.decode(key, in.readAllBytes());
                }
            }
            Path p = Path.of(key);
            if (!Files.isRegularFile(p)) {
                throw new SpecException(new SourcePosition(key, 1, 1), "no such file");
            }
            return SpecText.decode(key, Files.readAllBytes(p));
        } catch (IOException e) {
            throw new SpecException(new SourcePosition(key, 1, 1), "cannot read: " + e.getMessage());
        }
    }

    private static boolean isSpecName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    static ClassLoader classLoader() {
        ClassLoader l = Thread.currentThread().getContextClassLoader();
        return l != null ? l : SpecFileResolver.class.getClassLoader();
    }
}
