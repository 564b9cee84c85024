package dev.redshift.findings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The findings claims may name: the paper's ({@code paper.yaml}, ids 1..78 of findings.md), the blog's
 * ({@code blog.yaml}, ids {@code blog-N}), and {@link #OURS}, the key of an extension of Redshift's own, which is
 * no finding of anyone else's.
 */
public final class FindingRegistry {

    /** The key a claim of ours names: {@code finding: ours}. */
    public static final String OURS = "ours";
    /** How the blog's ids begin. */
    public static final String BLOG_PREFIX = "blog-";

    private static final String FOLDER = "/dev/redshift/findings/";

    private final Map<String, Finding> byId;

    /** A registry of these findings, in their order; ids must be unique. */
    public FindingRegistry(List<Finding> findings) {
        Map<String, Finding> map = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (map.put(f.id(), f) != null) {
                throw new IllegalArgumentException("finding " + f.id() + " is listed twice");
            }
        }
        this.byId = map;
    }

    /** The registries shipped with Redshift: paper.yaml, then blog.yaml. */
    public static FindingRegistry shipped() {
        List<Finding> all = new ArrayList<>(read("paper.yaml"));
        all.addAll(read("blog.yaml"));
        return new FindingRegistry(all);
    }

    /** Every finding, paper first, in the registries' order. */
    public List<Finding> all() {
        return List.copyOf(byId.values());
    }

    /** The finding of this key; empty for {@link #OURS} and for a key no registry has. */
    public Optional<Finding> find(String key) {
        return Optional.ofNullable(byId.get(key));
    }

    /** Whether a claim may name this key: a finding of a registry, or {@link #OURS}. */
    public boolean knows(String key) {
        return OURS.equals(key) || byId.containsKey(key);
    }

    /** Reads one registry file: a YAML list of {id, where, says, untested?}. */
    static List<Finding> read(String name) {
        try (InputStream in = FindingRegistry.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("no finding registry " + FOLDER + name + " on the classpath");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a registry's text; {@code name} is how errors name the file. */
    static List<Finding> parse(String name, String text) {
        Object root = new Load(LoadSettings.builder().build()).loadFromString(text);
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof List<?> list)) {
            throw new IllegalArgumentException(name + ": a registry is a list of {id, where, says, untested?}");
        }
        List<Finding> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> m) || m.get("id") == null || m.get("says") == null) {
                throw new IllegalArgumentException(name + ": every finding needs an id and says: " + item);
            }
            for (Object key : m.keySet()) {
                if (!List.of("id", "where", "says", "untested").contains(key)) {
                    throw new IllegalArgumentException(name + ": finding " + m.get("id") + " has an unknown key " + key
                            + " (allowed: id, where, says, untested)");
                }
            }
            Object untested = m.get("untested");
            out.add(new Finding(String.valueOf(m.get("id")), m.get("where") == null ? "" : String.valueOf(m.get("where")),
                    String.valueOf(m.get("says")), untested == null ? null : String.valueOf(untested)));
        }
        return out;
    }
}
