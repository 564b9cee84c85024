package dev.redshift.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The YAML layer of the spec language: a composer that refuses what a spec never needs (alias floods, explicit
 * tags) and typed readers of nodes, each mistake a {@link SpecException} at the node's position. What the keys
 * mean is {@link SpecParser}'s business; what YAML allows a spec to say is this class's.
 */
final class SpecYaml {

    private SpecYaml() {
    }

    /** The document of a spec's text, refusing alias floods; an empty or invalid one is an error at its mark. */
    static Node compose(String path, String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(path).build();
        try {
            refuseAliasFlood(path, settings, text);
            Optional<Node> node = new Compose(settings).composeString(text);
            return node.orElseThrow(() -> new SpecException(new SourcePosition(path, 1, 1), "empty spec file"));
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark();
            SourcePosition at = mark.map(k -> new SourcePosition(path, k.getLine() + 1, k.getColumn() + 1))
                    .orElse(new SourcePosition(path, 1, 1));
            throw new SpecException(at, "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new SpecException(new SourcePosition(path, 1, 1), "not valid YAML: " + e.getMessage());
        }
    }

    /** Spec files need an alias or two at most; thousands expand into a "billion laughs". */
    private static final int MAX_ALIASES = 50;

    private static void refuseAliasFlood(String path, LoadSettings settings, String text) {
        int aliases = 0;
        for (Event e : new Parse(settings).parseString(text)) {
            if (e instanceof AliasEvent && ++aliases > MAX_ALIASES) {
                SourcePosition at = e.getStartMark().map(m -> new SourcePosition(path, m.getLine() + 1,
                        m.getColumn() + 1)).orElse(new SourcePosition(path, 1, 1));
                throw new SpecException(at, "too many YAML aliases (more than " + MAX_ALIASES
                        + ") — a spec file needs few");
            }
        }
    }

    /** The tags YAML's core schema gives plain values; any other tag is written out and refused. */
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ,
            Tag.MAP);

    /** Refuses explicit tags ({@code !foo}, {@code !!java.lang.Runtime}) anywhere under node but in {@code skip}. */
    static void refuseTags(String path, Node root, Node skip) {
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>(List.of(root));
        Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (!PLAIN_TAGS.contains(node.getTag())) {
                String tag = node.getTag().getValue();
                throw new SpecException(position(path, node), "YAML tags are not part of the spec language, got '"
                        + (tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag)
                        + "' — write the plain value");
            }
            if (node == skip) {
                continue;
            }
            if (node instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    todo.push(t.getValueNode());
                    todo.push(t.getKeyNode());
                }
            } else if (node instanceof SequenceNode q) {
                q.getValue().forEach(todo::push);
            }
        }
    }

    /** Where a node starts, 1-based. */
    static SourcePosition position(String path, Node node) {
        return node.getStartMark().map(m -> new SourcePosition(path, m.getLine() + 1, m.getColumn() + 1))
                .orElse(new SourcePosition(path, 1, 1));
    }

    /** The node as a mapping; otherwise an error saying what was expected. */
    static MappingNode mapping(String path, Node node, String what) {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw new SpecException(position(path, node), "expected " + what);
    }

    /** The entries of a mapping by key, rejecting keys not in {@code allowed} and duplicates. */
    static Map<String, NodeTuple> entries(String path, MappingNode map, List<String> allowed, String what) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        Set<String> allowedSet = Set.copyOf(allowed);
        for (NodeTuple t : map.getValue()) {
            String key = string(path, t.getKeyNode());
            if (!allowedSet.contains(key)) {
                throw new SpecException(position(path, t.getKeyNode()), "unknown " + what + " '" + key
                        + "' — expected one of " + String.join(", ", allowed));
            }
            if (out.put(key, t) != null) {
                throw new SpecException(position(path, t.getKeyNode()), "duplicate key '" + key + "'");
            }
        }
        return out;
    }

    /** A non-null scalar's text. */
    static String string(String path, Node node) {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            return s.getValue();
        }
        throw new SpecException(position(path, node), "expected a name or text");
    }

    /** A scalar as YAML's core schema reads it: Long, Double, Boolean or String. */
    static Object scalar(String path, Node node) {
        if (!(node instanceof ScalarNode s)) {
            throw new SpecException(position(path, node), "expected a single value, not a list or mapping");
        }
        Tag tag = s.getTag();
        String v = s.getValue();
        try {
            if (tag.equals(Tag.INT)) {
                return Long.parseLong(v.replace("_", ""));
            }
            if (tag.equals(Tag.FLOAT)) {
                return Double.parseDouble(v);
            }
        } catch (NumberFormatException e) {
            return v;
        }
        if (tag.equals(Tag.BOOL)) {
            return Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT));
        }
        return v;
    }


    /** A boolean scalar. */
    static boolean bool(String path, Node node) {
        Object v = scalar(path, node);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new SpecException(position(path, node), "expected true or false, got '" + v + "'");
    }

    /** A numeric scalar. */
    static double number(String path, Node node) {
        Object v = scalar(path, node);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new SpecException(position(path, node), "expected a number, got '" + v + "'");
    }

    /** An integer that fits an int; a larger one is an error, never a silently wrapped size. */
    static int intValue(String path, Node node) {
        long v = integer(path, node);
        if (v != (int) v) {
            throw new SpecException(position(path, node), "expected an integer of at most " + Integer.MAX_VALUE
                    + ", got " + v);
        }
        return (int) v;
    }

    /** An integer scalar. */
    static long integer(String path, Node node) {
        Object v = scalar(path, node);
        if (v instanceof Long l) {
            return l;
        }
        throw new SpecException(position(path, node), "expected an integer, got '" + v + "'");
    }
}
