package dev.redshift.spec;

import static dev.redshift.spec.MeasureSpecReader.measure;
import static dev.redshift.spec.SpecYaml.bool;
import static dev.redshift.spec.SpecYaml.compose;
import static dev.redshift.spec.SpecYaml.entries;
import static dev.redshift.spec.SpecYaml.intValue;
import static dev.redshift.spec.SpecYaml.integer;
import static dev.redshift.spec.SpecYaml.mapping;
import static dev.redshift.spec.SpecYaml.number;
import static dev.redshift.spec.SpecYaml.position;
import static dev.redshift.spec.SpecYaml.refuseTags;
import static dev.redshift.spec.SpecYaml.scalar;
import static dev.redshift.spec.SpecYaml.string;

import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.NetworkFamily;
import dev.redshift.network.Parameter;
import dev.redshift.train.TrainingSetup;
import dev.redshift.train.TrainingTask;
import dev.redshift.train.TrainingTasks;
import dev.redshift.stats.RunSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Parses spec files (DESIGN §4) with every position kept. A mistake in the file's frame (YAML syntax, the
 * top-level keys, {@code defaults}) makes the whole file a {@link SpecException}; a mistake in one claim
 * makes only that claim an error entry.
 */
public final class SpecParser {

    private final ClaimDefaults defaults;

    /** A parser applying run-wide settings to every claim. */
    public SpecParser(ClaimDefaults defaults) {
        this.defaults = defaults;
    }

    /** A parser with DESIGN's defaults. */
    public SpecParser() {
        this(ClaimDefaults.STANDARD);
    }

    // the keys and their order in messages are the schema's (SpecSchema), defined once
    private static final List<String> TOP_KEYS = SpecSchema.names(SpecSchema.TOP);
    /** samples.max: as many networks as the time budget allows. */
    private static final String AUTO = "auto";
    private static final List<String> CLAIM_KEYS = SpecSchema.names(SpecSchema.CLAIM);

    /** Parses a spec; {@code path} is how the file is shown in positions and seeds. */
    public SpecFile parse(String path, String text) {
        Node root = compose(path, text);
        MappingNode top = mapping(path, root, "a spec file (spec:, claims:)");
        Map<String, NodeTuple> keys = entries(path, top, TOP_KEYS, "top-level key");
        // the frame's tags break the file; a claim's tags break only that claim (checked in claim())
        refuseTags(path, top, keys.containsKey("claims") ? keys.get("claims").getValueNode() : null);
        String title = keys.containsKey("spec") ? string(path, keys.get("spec").getValueNode()) : null;
        if (title == null || title.isBlank()) {
            throw new SpecException(position(path, top), "missing spec: — the title of the file");
        }
        String source = keys.containsKey("source") ? string(path, keys.get("source").getValueNode()) : "";
        Map<String, NodeTuple> defaults = keys.containsKey("defaults")
                ? entries(path, mapping(path, keys.get("defaults").getValueNode(), "defaults"),
                        CLAIM_KEYS.subList(1, CLAIM_KEYS.size() - 2), "key of defaults")
                : Map.of();
        List<ClaimEntry> entries = new ArrayList<>();
        Map<String, SourcePosition> seen = new HashMap<>();
        if (keys.containsKey("profile")) {
            if (!keys.containsKey("claims")) {
                for (NodeTuple t : defaults.values()) {
                    if (!string(path, t.getKeyNode()).equals("with")) {
                        throw new SpecException(position(path, t.getKeyNode()), "a profile's defaults take only with:"
                                + " (the profiled configuration); its claims set their own measure and samples");
                    }
                }
            }
            entries.addAll(profile(path, title, keys.get("profile").getValueNode(), defaults, seen));
            if (!keys.containsKey("claims")) {
                return new SpecFile(path, title, source, List.copyOf(entries));
            }
        }
        if (!keys.containsKey("claims")) {
            throw new SpecException(position(path, top), "missing claims: — a list of claims (or profile: a family)");
        }
        Node claimsNode = keys.get("claims").getValueNode();
        if (!(claimsNode instanceof SequenceNode claims)) {
            throw new SpecException(position(path, claimsNode), "claims must be a list of claims (- claim: …)");
        }
        Map<String, SourcePosition> controlsAt = new HashMap<>();
        for (Node claimNode : claims.getValue()) {
            entries.add(claim(path, title, source, defaults, claimNode, seen, controlsAt));
        }
        // a control names a claim of the same file, which may come after it
        for (int k = 0; k < entries.size(); k++) {
            ClaimEntry e = entries.get(k);
            if (e.plan() != null && e.plan().controls() != null && !seen.containsKey(e.plan().controls())) {
                entries.set(k, new ClaimEntry(e.name(), e.position(), e.tags(), null, new SpecException(
                        controlsAt.get(e.name()), "controls names no claim of this file: '" + e.plan().controls()
                                + "' — expected one of " + String.join(", ", entries.stream()
                                        .map(ClaimEntry::name).filter(n -> !n.equals(e.name())).toList()))));
            }
        }
        return new SpecFile(path, title, source, List.copyOf(entries));
    }

    /**
     * The claims of {@code profile: ID} ({@link Profile}) on the configuration that defaults' {@code with}
     * gives, every one declared at the family's name.
     */
    private List<ClaimEntry> profile(String path, String title, Node node, Map<String, NodeTuple> defaults,
            Map<String, SourcePosition> seen) {
        SourcePosition at = position(path, node);
        NetworkFamily family;
        try {
            family = NetworkFamilies.byId(string(path, node));
        } catch (IllegalArgumentException e) {
            throw new SpecException(at, e.getMessage());
        }
        Map<String, Object> with = new LinkedHashMap<>();
        for (NodeTuple t : withEntries(path, defaults, Map.of())) {
            with.put(parameterName(path, family, t.getKeyNode()),
                    parameterValue(path, family, t.getKeyNode(), t.getValueNode()));
        }
        Profile profile;
        try {
            profile = Profile.of(family.id(), with);
        } catch (IllegalArgumentException e) {
            throw new SpecException(at, e.getMessage());
        }
        List<ClaimEntry> out = new ArrayList<>();
        for (Profile.Entry entry : profile.entries()) {
            ClaimBuilder b = entry.claim();
            seen.putIfAbsent(b.name(), at);
            List<String> tags = List.of(Profile.TAG, entry.property().tag(), entry.role().tag());
            try {
                out.add(new ClaimEntry(b.name(), at, tags, b.build(title, at, this.defaults), null));
            } catch (IllegalArgumentException e) {
                out.add(new ClaimEntry(b.name(), at, tags, null, new SpecException(at, e.getMessage())));
            }
        }
        return out;
    }

    private ClaimEntry claim(String path, String title, String source, Map<String, NodeTuple> defaults,
            Node node, Map<String, SourcePosition> seen, Map<String, SourcePosition> controlsAt) {
        SourcePosition at = position(path, node);
        String name = "claim at line " + at.line();
        List<String> tags = List.of();
        try {
            refuseTags(path, node, null);
            MappingNode map = mapping(path, node, "a claim (- claim: name, …)");
            Map<String, NodeTuple> own = entries(path, map, CLAIM_KEYS, "key of a claim");
            if (!own.containsKey("claim")) {
                throw new SpecException(at, "missing claim: — every claim needs a name");
            }
            name = string(path, own.get("claim").getValueNode());
            at = position(path, own.get("claim").getKeyNode());
            SourcePosition first = seen.putIfAbsent(name, at);
            if (first != null) {
                throw new SpecException(at, "duplicate claim name '" + name + "' (first at line " + first.line() + ")");
            }
            Map<String, NodeTuple> merged = new LinkedHashMap<>(defaults);
            merged.putAll(own);
            if (merged.containsKey("tags")) {
                tags = tags(path, merged.get("tags").getValueNode());
            }
            // a claim's own source (the sentence of the paper it encodes) overrides the file's citation
            String citation = merged.containsKey("source")
                    ? string(path, merged.get("source").getValueNode()) : source;
            ClaimBuilder builder = ClaimBuilder.claim(name).source(citation).tags(tags);
            if (own.containsKey("finding")) {
                builder.findings(findings(path, own.get("finding").getValueNode()));
            }
            if (own.containsKey("controls")) {
                Node controlled = own.get("controls").getValueNode();
                controlsAt.put(name, position(path, controlled));
                try {
                    builder.controls(string(path, controlled));
                } catch (IllegalArgumentException e) {
                    throw new SpecException(position(path, controlled), e.getMessage());
                }
            }
            NetworkFamily family = family(path, merged);
            builder.network(family.id());
            for (NodeTuple with : withEntries(path, defaults, own)) {
                builder.with(parameterName(path, family, with.getKeyNode()),
                        parameterValue(path, family, with.getKeyNode(), with.getValueNode()));
            }
            TrainingTask task = train(path, defaults, own, builder);
            apply(path, family, task, merged, builder);
            if (defaults.containsKey("readings") && !own.containsKey("readings")) {
                builder.readingsInherited();
            }
            try {
                ClaimPlan plan = builder.build(title, at, this.defaults);
                return new ClaimEntry(name, at, plan.tags(), plan, null);
            } catch (IllegalArgumentException e) {
                throw new SpecException(at, e.getMessage());
            }
        } catch (SpecException e) {
            return new ClaimEntry(name, at, tags, null, e);
        }
    }

    /**
     * The claim's {@code train:} block, defaults' entries first and the claim's over them, checked key by key and
     * given to the builder; its task, or null when the claim trains nothing.
     */
    private static TrainingTask train(String path, Map<String, NodeTuple> defaults, Map<String, NodeTuple> own,
            ClaimBuilder b) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        Node at = null;
        for (Map<String, NodeTuple> m : List.of(defaults, own)) {
            if (m.containsKey("train")) {
                at = m.get("train").getValueNode();
                MappingNode block = mapping(path, at, "train: { task: " + String.join(" | ", TrainingTasks.ids())
                        + ", … }");
                for (NodeTuple t : block.getValue()) {
                    entries.put(string(path, t.getKeyNode()), t);
                }
            }
        }
        if (at == null) {
            return null;
        }
        NodeTuple taskEntry = entries.get(TrainingSetup.TASK);
        if (taskEntry == null) {
            throw new SpecException(position(path, at), "train needs task: one of "
                    + String.join(", ", TrainingTasks.ids()));
        }
        TrainingTask task;
        try {
            task = TrainingTasks.byId(string(path, taskEntry.getValueNode()));
        } catch (IllegalArgumentException e) {
            throw new SpecException(position(path, taskEntry.getValueNode()), e.getMessage());
        }
        Map<String, Object> block = new LinkedHashMap<>();
        block.put(TrainingSetup.TASK, task.id());
        for (NodeTuple t : entries.values()) {
            String key = string(path, t.getKeyNode());
            if (!key.equals(TrainingSetup.TASK)) {
                block.put(key, trainingValue(path, task, t.getKeyNode(), key, t.getValueNode()));
            }
        }
        try {
            b.train(block);
        } catch (IllegalArgumentException e) {
            throw new SpecException(position(path, at), e.getMessage());
        }
        return task;
    }

    /** A checked value of a training key, the error at the key when it is unknown, at the value when it is bad. */
    private static Object trainingValue(String path, TrainingTask task, Node keyNode, String key, Node valueNode) {
        try {
            TrainingSetup.checkKey(task, key);
        } catch (IllegalArgumentException e) {
            throw new SpecException(position(path, keyNode), e.getMessage());
        }
        Object raw = scalar(path, valueNode);
        try {
            TrainingSetup.checkValue(task, key, raw);
        } catch (IllegalArgumentException e) {
            throw new SpecException(position(path, valueNode), e.getMessage());
        }
        return raw;
    }

    /** A key of vary or compare: a family parameter, or train.&lt;key&gt; of the claim's training. */
    private static String configurationKey(String path, NetworkFamily family, TrainingTask task, Node keyNode) {
        String key = string(path, keyNode);
        if (!key.startsWith(ClaimBuilder.TRAIN_PREFIX)) {
            return parameterName(path, family, keyNode);
        }
        if (task == null) {
            throw new SpecException(position(path, keyNode), key + " changes the training, but the claim has no"
                    + " train: block — add train: { task: " + String.join(" | ", TrainingTasks.ids()) + ", … }");
        }
        String trainingKey = key.substring(ClaimBuilder.TRAIN_PREFIX.length());
        if (trainingKey.equals(TrainingSetup.TASK)) {
            throw new SpecException(position(path, keyNode), "train.task cannot change within a claim — expected one"
                    + " of " + String.join(", ", TrainingSetup.keys(task).stream().filter(k -> !k.equals(
                            TrainingSetup.TASK)).map(k -> ClaimBuilder.TRAIN_PREFIX + k).toList()));
        }
        try {
            TrainingSetup.checkKey(task, trainingKey);
        } catch (IllegalArgumentException e) {
            throw new SpecException(position(path, keyNode), e.getMessage());
        }
        return key;
    }

    private static Object configurationValue(String path, NetworkFamily family, TrainingTask task, Node keyNode,
            Node valueNode) {
        String key = string(path, keyNode);
        if (!key.startsWith(ClaimBuilder.TRAIN_PREFIX)) {
            return parameterValue(path, family, keyNode, valueNode);
        }
        return trainingValue(path, task, keyNode, key.substring(ClaimBuilder.TRAIN_PREFIX.length()), valueNode);
    }

    private void apply(String path, NetworkFamily family, TrainingTask task, Map<String, NodeTuple> m,
            ClaimBuilder b) {
        if (m.containsKey("vary")) {
            Node node = m.get("vary").getValueNode();
            MappingNode vary = mapping(path, node, "vary: { parameter: [levels] }");
            if (vary.getValue().size() != 1) {
                throw new SpecException(position(path, node), "vary takes exactly one parameter, got "
                        + vary.getValue().size());
            }
            NodeTuple t = vary.getValue().get(0);
            String parameter = configurationKey(path, family, task, t.getKeyNode());
            if (!(t.getValueNode() instanceof SequenceNode levels) || levels.getValue().isEmpty()) {
                throw new SpecException(position(path, t.getValueNode()),
                        "vary needs a non-empty list of levels of " + parameter + ", e.g. [1, 4, 16]");
            }
            List<Object> values = new ArrayList<>();
            for (Node level : levels.getValue()) {
                values.add(configurationValue(path, family, task, t.getKeyNode(), level));
            }
            b.vary(parameter, values);
        }
        summary(path, family, task, m, b);
        if (m.containsKey("spread")) {
            Node node = m.get("spread").getValueNode();
            if (!PairSpread.RELATIVE.equals(string(path, node))) {
                throw new SpecException(position(path, node), "unknown spread '" + string(path, node)
                        + "' — expected " + PairSpread.RELATIVE);
            }
            if (m.containsKey("slope") || m.containsKey("peak")) {
                throw new SpecException(position(path, m.get("spread").getKeyNode()), "spread compares pairs of "
                        + "networks, slope and peak the levels of one network — use one of them");
            }
            b.spreadOfPairs();
        }
        for (String key : List.of("compare", "over")) {
            if (m.containsKey(key)) {
                List<Map<String, Object>> configurations = configurations(path, family, task, key,
                        m.get(key).getValueNode());
                if (key.equals("compare")) {
                    b.compare(configurations);
                } else {
                    b.over(configurations);
                }
            }
        }
        if (m.containsKey("measure")) {
            b.measure(measure(path, m.get("measure").getValueNode()));
        }
        if (m.containsKey("measures")) {
            Node node = m.get("measures").getValueNode();
            if (!(node instanceof SequenceNode list) || list.getValue().size() != 2) {
                throw new SpecException(position(path, node), "measures must list two measures, e.g. [lz, fourier]");
            }
            b.measures(list.getValue().stream().map(n -> measure(path, n)).toList());
        }
        if (m.containsKey("readings")) {
            Node node = m.get("readings").getValueNode();
            if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
                throw new SpecException(position(path, node), "readings must list measures, e.g. [fourier,"
                        + " { name: fourier, dc: include }]");
            }
            b.readings(list.getValue().stream().map(n -> measure(path, n)).toList());
        }
        if (m.containsKey("expect")) {
            expect(path, m.get("expect").getValueNode(), b);
        }
        guarded(path, m, "margin", n -> b.margin(marginText(path, n)));
        guarded(path, m, "tolerance", n -> b.tolerance(marginText(path, n)));
        guarded(path, m, "confidence", n -> b.confidence(number(path, n)));
        guarded(path, m, "seed", n -> b.seed(integer(path, n)));
        guarded(path, m, "paired", n -> b.paired(bool(path, n)));
        guarded(path, m, "grid", n -> b.grid(intValue(path, n)));
        if (m.containsKey("samples")) {
            Node node = m.get("samples").getValueNode();
            Map<String, NodeTuple> s = entries(path, mapping(path, node, "samples: { min: 32, max: 400 }"),
                    SpecSchema.SAMPLES, "key of samples");
            long min = s.containsKey("min") ? integer(path, s.get("min").getValueNode())
                    : ClaimBuilder.DEFAULT_MIN_SAMPLES;
            // max: auto: fixed (by default the default max) is the cap without a time budget and the tuning, which a
            // time budget may go past
            boolean auto = s.containsKey("max") && AUTO.equals(scalar(path, s.get("max").getValueNode()));
            if (s.containsKey("fixed") && !auto) {
                throw new SpecException(position(path, s.get("fixed").getKeyNode()), "samples.fixed is the max of a"
                        + " run without a time budget when max is auto — write max: auto, or drop fixed");
            }
            long max = s.containsKey("max") && !auto ? samplesMax(path, s.get("max").getValueNode())
                    : s.containsKey("fixed") ? integer(path, s.get("fixed").getValueNode())
                    : Math.max(min, ClaimBuilder.DEFAULT_MAX_SAMPLES);
            try {
                if (auto) {
                    b.samplesAuto(min, max);
                } else {
                    b.samples(min, max);
                }
            } catch (IllegalArgumentException e) {
                throw new SpecException(position(path, node), e.getMessage());
            }
        }
    }

    /**
     * {@code slope: {parameter: [levels]}} or {@code peak: …}, with an optional {@code scale: linear|log}; the
     * parameter is the family's or, on a trained claim, train.&lt;key&gt;.
     */
    private void summary(String path, NetworkFamily family, TrainingTask task, Map<String, NodeTuple> m,
            ClaimBuilder b) {
        if (m.containsKey("slope") && m.containsKey("peak")) {
            throw new SpecException(position(path, m.get("peak").getKeyNode()),
                    "a claim summarises networks one way — use slope or peak, not both");
        }
        for (RunSummary.Kind kind : RunSummary.Kind.values()) {
            if (!m.containsKey(kind.id())) {
                continue;
            }
            Node node = m.get(kind.id()).getValueNode();
            String shape = kind.id() + ": { parameter: [levels] } (optionally scale: linear or log)";
            List<NodeTuple> parameters = new ArrayList<>();
            for (NodeTuple t : mapping(path, node, shape).getValue()) {
                if (string(path, t.getKeyNode()).equals("scale")) {
                    try {
                        b.summaryScale(RunSummary.Scale.parse(string(path, t.getValueNode())));
                    } catch (IllegalArgumentException e) {
                        throw new SpecException(position(path, t.getValueNode()), e.getMessage());
                    }
                } else {
                    parameters.add(t);
                }
            }
            if (parameters.size() != 1) {
                throw new SpecException(position(path, node), kind.id() + " takes exactly one parameter, got "
                        + parameters.size() + " — expected " + shape);
            }
            NodeTuple t = parameters.get(0);
            String parameter = configurationKey(path, family, task, t.getKeyNode());
            if (!(t.getValueNode() instanceof SequenceNode levels) || levels.getValue().size() < kind.minLevels()) {
                throw new SpecException(position(path, t.getValueNode()), kind.id() + " needs a list of at least "
                        + kind.minLevels() + " levels of " + parameter + ", e.g. [1, 2, 4, 8]");
            }
            if (m.containsKey("vary") && m.get("vary").getValueNode() instanceof MappingNode vary
                    && parameter.equals(string(path, vary.getValue().get(0).getKeyNode()))) {
                throw new SpecException(position(path, t.getKeyNode()), parameter + " is both varied and summarised"
                        + " by " + kind.id() + " — vary another parameter");
            }
            List<Object> values = new ArrayList<>();
            for (Node level : levels.getValue()) {
                values.add(configurationValue(path, family, task, t.getKeyNode(), level));
            }
            try {
                b.summary(kind, parameter, values);
            } catch (IllegalArgumentException e) {
                throw new SpecException(position(path, levels), e.getMessage());
            }
        }
    }

    private interface NodeAction {
        void accept(Node node);
    }

    /** Runs an action on a key's value, turning a rejected value into an error at that value. */
    private static void guarded(String path, Map<String, NodeTuple> m, String key, NodeAction action) {
        if (!m.containsKey(key)) {
            return;
        }
        Node node = m.get(key).getValueNode();
        try {
            action.accept(node);
        } catch (IllegalArgumentException e) {
            throw new SpecException(position(path, node), key + " " + e.getMessage());
        }
    }

    private void expect(String path, Node node, ClaimBuilder b) {
        if (node instanceof ScalarNode s) {
            try {
                b.expect(s.getValue());
            } catch (IllegalArgumentException e) {
                throw new SpecException(position(path, node), e.getMessage());
            }
            return;
        }
        MappingNode map = mapping(path, node, "expect: a name or {within: [lo, hi]} or {correlated: r} or"
                + " {anticorrelated: r} or {uncorrelated: m} or {fraction-decreasing: p} or {fraction-increasing: p}");
        Map<String, NodeTuple> e = entries(path, map, SpecSchema.EXPECT_MAPPINGS, "expectation");
        if (e.size() != 1) {
            throw new SpecException(position(path, node), "expect takes one expectation — expected one of "
                    + ExpectationKind.allowed());
        }
        try {
            if (e.containsKey("within")) {
                Node v = e.get("within").getValueNode();
                if (!(v instanceof SequenceNode range) || range.getValue().size() != 2) {
                    throw new SpecException(position(path, v), "within takes [lo, hi]");
                }
                b.expectWithin(number(path, range.getValue().get(0)), number(path, range.getValue().get(1)));
            } else if (e.containsKey("uncorrelated")) {
                b.expectUncorrelated(number(path, e.get("uncorrelated").getValueNode()));
            } else if (e.containsKey("fraction-decreasing")) {
                b.expectFraction(false, number(path, e.get("fraction-decreasing").getValueNode()));
            } else if (e.containsKey("fraction-increasing")) {
                b.expectFraction(true, number(path, e.get("fraction-increasing").getValueNode()));
            } else if (e.containsKey("anticorrelated")) {
                b.expectAnticorrelated(number(path, e.get("anticorrelated").getValueNode()));
            } else {
                b.expectCorrelated(number(path, e.get("correlated").getValueNode()));
            }
        } catch (IllegalArgumentException ex) {
            throw new SpecException(position(path, node), ex.getMessage());
        }
    }

    private List<Map<String, Object>> configurations(String path, NetworkFamily family, TrainingTask task, String key,
            Node node) {
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            throw new SpecException(position(path, node), key + " needs a list of configurations, e.g. "
                    + "[ {activation: tanh}, {activation: relu} ]");
        }
        if (key.equals("compare") && list.getValue().size() < 2) {
            throw new SpecException(position(path, node), "compare needs two or more configurations");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Node item : list.getValue()) {
            MappingNode map = mapping(path, item, "a configuration { parameter: value, … }");
            Map<String, Object> c = new LinkedHashMap<>();
            NetworkFamily own = family;
            for (NodeTuple t : map.getValue()) {
                if (string(path, t.getKeyNode()).equals(ClaimBuilder.NETWORK_KEY)) {
                    try {
                        own = NetworkFamilies.byId(string(path, t.getValueNode()));
                    } catch (IllegalArgumentException e) {
                        throw new SpecException(position(path, t.getValueNode()), e.getMessage());
                    }
                    c.put(ClaimBuilder.NETWORK_KEY, own.id());
                }
            }
            for (NodeTuple t : map.getValue()) {
                if (!string(path, t.getKeyNode()).equals(ClaimBuilder.NETWORK_KEY)) {
                    c.put(configurationKey(path, own, task, t.getKeyNode()),
                            configurationValue(path, own, task, t.getKeyNode(), t.getValueNode()));
                }
            }
            out.add(c);
        }
        return out;
    }

    private static NetworkFamily family(String path, Map<String, NodeTuple> m) {
        if (!m.containsKey("network")) {
            return NetworkFamilies.byId("mlp");
        }
        Node node = m.get("network").getValueNode();
        try {
            return NetworkFamilies.byId(string(path, node));
        } catch (IllegalArgumentException e) {
            throw new SpecException(position(path, node), e.getMessage());
        }
    }

    /** The entries of defaults' {@code with}, then the claim's (which override). */
    private List<NodeTuple> withEntries(String path, Map<String, NodeTuple> defaults, Map<String, NodeTuple> own) {
        List<NodeTuple> out = new ArrayList<>();
        for (Map<String, NodeTuple> m : List.of(defaults, own)) {
            if (m.containsKey("with")) {
                out.addAll(mapping(path, m.get("with").getValueNode(), "with: { parameter: value, … }").getValue());
            }
        }
        return out;
    }

    private static String parameterName(String path, NetworkFamily family, Node keyNode) {
        String key = string(path, keyNode);
        List<String> names = family.parameters().stream().map(Parameter::name).toList();
        if (!names.contains(key)) {
            throw new SpecException(position(path, keyNode), "unknown parameter '" + key + "' of network "
                    + family.id() + " — expected one of " + String.join(", ", names));
        }
        return key;
    }

    private static Object parameterValue(String path, NetworkFamily family, Node keyNode, Node valueNode) {
        String key = string(path, keyNode);
        Parameter p = family.parameters().stream().filter(q -> q.name().equals(key)).findFirst().orElseThrow();
        Object raw = scalar(path, valueNode);
        if (p.type() == Parameter.Type.FILE && raw != null && !String.valueOf(raw).isBlank()) {
            raw = specFile(path, key, String.valueOf(raw), valueNode);
        }
        try {
            p.convert(raw);
        } catch (IllegalArgumentException e) {
            throw new SpecException(position(path, valueNode), e.getMessage());
        }
        return raw;
    }

    /** A file a spec names, resolved against the spec's folder; a missing one says where it was looked for. */
    private static String specFile(String path, String key, String written, Node valueNode) {
        String resolved;
        try {
            resolved = SpecPaths.resolve(path, written);
        } catch (IllegalArgumentException e) {
            throw new SpecException(position(path, valueNode), key + ": " + e.getMessage());
        }
        if (!java.nio.file.Files.isRegularFile(java.nio.file.Path.of(resolved))) {
            String strip = written.strip();
            boolean besideUs = !java.nio.file.Path.of(strip).isAbsolute()
                    && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(strip));
            throw new SpecException(position(path, valueNode), key + ": no such file '" + strip + "'"
                    + (java.nio.file.Path.of(strip).isAbsolute() ? ""
                            : " (relative paths resolve against the spec's folder " + SpecPaths.folder(path) + ")")
                    + (besideUs ? "; the working directory has one: write its path relative to the spec's folder,"
                            + " or absolute" : ""));
        }
        return resolved;
    }

    private static List<String> tags(String path, Node node) {
        if (node instanceof ScalarNode s) {
            return List.of(s.getValue());
        }
        if (node instanceof SequenceNode list) {
            return list.getValue().stream().map(n -> string(path, n)).toList();
        }
        throw new SpecException(position(path, node), "tags must be a list of names, e.g. [table1, relu]");
    }

    /** {@code finding: 14}, {@code finding: blog-3} or {@code finding: [14, 22]}: registry keys, as text. */
    private static List<String> findings(String path, Node node) {
        List<Node> items = node instanceof SequenceNode list ? list.getValue() : List.of(node);
        List<String> keys = new ArrayList<>();
        for (Node item : items) {
            if (!(item instanceof ScalarNode s) || s.getValue().isBlank()) {
                throw new SpecException(position(path, item),
                        "finding must name a finding of the registry, e.g. finding: 14, finding: [14, 22], finding: blog-3 or finding: ours");
            }
            keys.add(s.getValue().strip());
        }
        return List.copyOf(keys);
    }

    private static String marginText(String path, Node node) {
        Object v = scalar(path, node);
        return String.valueOf(v);
    }

    /** samples.max as written: an integer or auto. */
    private static long samplesMax(String path, Node node) {
        Object v = scalar(path, node);
        if (v instanceof Long l) {
            return l;
        }
        throw new SpecException(position(path, node), "samples.max must be an integer or " + AUTO + ", got '" + v + "'");
    }
}
