package dev.redshift.spec;

import dev.redshift.measure.FourierDc;
import dev.redshift.measure.GridOrdering;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.measure.PolynomialMethod;
import dev.redshift.measure.volume.LocalVolumeOptions;
import dev.redshift.measure.volume.VolumeMeasure;
import dev.redshift.network.Activations;
import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.NetworkFamily;
import dev.redshift.network.Parameter;
import dev.redshift.stats.RunSummary;
import dev.redshift.stats.SamplesBudget;
import dev.redshift.train.RunMeasure;
import dev.redshift.train.TrainingSetup;
import dev.redshift.train.TrainingTask;
import dev.redshift.train.TrainingTasks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The spec language (DESIGN §4, §8, §9) as a JSON Schema, draft 2020-12: every key with its type, allowed values,
 * default and one line of description, so that an editor with the YAML language server completes and checks a spec
 * ({@code # yaml-language-server: $schema=…} on its first line). The allowed names come from the same registries
 * the parser checks against (network families, activations, training tasks, measures), so a family or activation
 * registered through the service loader is in the schema {@code redshift schema} writes. The schema cannot say what
 * only the parser knows: cross-references ({@code controls:}), which keys go together (vary or compare), and
 * positions in messages.
 */
public final class SpecSchema {

    /** Where the schema of the built-in vocabulary lies on the class path. */
    public static final String RESOURCE = "dev/redshift/spec/redshift-spec.schema.json";
    /** The dialect. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /** A key of the spec language and the one line that says what it is. */
    public record Key(String name, String description) {
    }

    /** The keys of a spec file, in the order messages list them. */
    public static final List<Key> TOP = List.of(
            new Key("spec", "The title of the file; with a claim's name, what the claim's default seed derives from."),
            new Key("source", "The citation of the file (a claim's own source: overrides it)."),
            new Key("defaults", "Keys every claim inherits; a claim's own keys override them."),
            new Key("claims", "The claims of the file, each a statistical test."),
            new Key("profile", "Expands into the standard characterisation of a network family (Table 1's properties"
                    + " and its sensitivity against ReLU and tanh MLPs), on the configuration defaults' with: gives."));

    /** The keys of a claim, in the order messages list them; all but claim, finding and controls may stand in defaults. */
    public static final List<Key> CLAIM = List.of(
            new Key("claim", "The claim's name, unique in the file."),
            new Key("tags", "Names to select claims by (JUnit's tag filters, -Dgroups) and group them in reports."),
            new Key("network", "The network family."),
            new Key("with", "Parameters of the network shared by every configuration of the claim."),
            new Key("measure", "The complexity measure: a name, or { name: …, settings }."),
            new Key("vary", "One parameter and its levels: one configuration per level, in order."),
            new Key("compare", "Two or more configurations, each merged over with:; the first is a in less/greater."),
            new Key("over", "Configurations whose networks are pooled, for correlated."),
            new Key("measures", "The two measures a correlated claim compares."),
            new Key("readings", "Readings of the claim's (Fourier) measure to decide it under, on the same networks,"
                    + " each at a share of the confidence (Bonferroni): each a measure name or { name: …, settings },"
                    + " e.g. [fourier, { name: fourier, dc: include }]; the verdict says robust or depends on the"
                    + " reading. A reading replaces the measure under its run prefixes too (init:fourier, shuffled:…)."
                    + " In defaults: only for the claims whose measure is one of the readings."),
            new Key("expect", "What the claim says of the configurations' mean measure."),
            new Key("margin", "The margin of invariant, equivalent, less and greater: a number, 10% of the mean,"
                    + " or 10% of range."),
            new Key("tolerance", "How far a step of increasing or decreasing may go the wrong way: a number or a"
                    + " percentage."),
            new Key("samples", "The networks per configuration: the first look after min, at most max."),
            new Key("confidence", "The confidence of the verdict, over every look at the data."),
            new Key("seed", "The claim's seed; by default derived from the spec's title and the claim's name."),
            new Key("paired", "Draws network k of every configuration from the same random numbers (one seed), so"
                    + " their per-network differences cancel what they share; not for within or correlated."),
            new Key("grid", "Points per axis of the evaluation grid."),
            new Key("slope", "Summarises each network by the least-squares slope of its measure against one"
                    + " parameter's levels."),
            new Key("peak", "Summarises each network by the level of one parameter where its measure peaks."),
            new Key("spread", "Samples pairs of networks: sample k is the relative difference of networks 2k and"
                    + " 2k + 1."),
            new Key("source", "The sentence of the paper the claim encodes (verbatim, with section or figure)."),
            new Key("train", "Trains every network before measuring it: the task, its parameters, steps, lr and"
                    + " weightDecay."),
            new Key("finding", "The findings of a registry the claim tests: a number of the paper's (1-78), blog-N,"
                    + " ours, or a list of them."),
            new Key("controls", "Makes the claim the negative control of the named claim of this file: it should"
                    + " FAIL."));

    /** The claim keys defaults may not set: a claim's identity. */
    public static final List<String> CLAIM_ONLY = List.of("claim", "finding", "controls");

    /** The settings of a measure mapping, in the order messages list them. */
    public static final List<Key> MEASURE = List.of(
            new Key("name", "The measure."),
            new Key("maxOrder", "chebyshev, legendre: the highest polynomial order N."),
            new Key("method", "chebyshev, legendre: how the coefficients are computed."),
            new Key("border", "chebyshev, legendre: grid points dropped at each border."),
            new Key("levels", "lz, lz76: quantisation levels of the values."),
            new Key("ordering", "lz, lz76: the order the grid is read in."),
            new Key("dc", "fourier: whether the constant (DC) term counts in the complexity: exclude (the main"
                    + " text's k = 1..K, DESIGN §3) or include (Appendix D's K = [0..m/2]^d)."),
            new Key("epsilon", "local volumes: the cost threshold of a ray."),
            new Key("directions", "local volumes: the random directions (rays) per network."),
            new Key("sigmaFactor", "local volumes: the Gaussian prior's scale, as a factor of the initialisation's."),
            new Key("statistic", "local volumes: how the ray masses of a network become one number."),
            new Key("cost", "local volumes: the cost along a ray."),
            new Key("procedure", "local volumes: the exact procedure or the published code's choices."),
            new Key("rtol", "local volumes: the relative tolerance of the radius search."));

    /** The local-volume settings of a measure mapping. */
    public static final List<String> VOLUME_SETTINGS = List.of("epsilon", "directions", "sigmaFactor", "statistic",
            "cost", "procedure", "rtol");

    /** The keys of {@code samples:}. */
    public static final List<String> SAMPLES = List.of("min", "max", "fixed");

    /** The expectations written as a mapping. */
    public static final List<String> EXPECT_MAPPINGS = List.of("within", "correlated", "anticorrelated", "uncorrelated",
            "fraction-decreasing", "fraction-increasing");

    /** The names of keys, in order. */
    static List<String> names(List<Key> keys) {
        return keys.stream().map(Key::name).toList();
    }

    /** What the schema's names come from: the registries, or their built-in part. */
    public record Vocabulary(List<NetworkFamily> families, List<String> activations, List<TrainingTask> tasks) {

        /** Everything registered on the class path, service-loaded plug-ins included. */
        public static Vocabulary live() {
            return new Vocabulary(NetworkFamilies.ids().stream().map(NetworkFamilies::byId).toList(),
                    Activations.ids(), TrainingTasks.ids().stream().map(TrainingTasks::byId).toList());
        }

        /** What Redshift itself brings: the schema shipped in the jar. */
        public static Vocabulary builtIn() {
            return new Vocabulary(NetworkFamilies.builtInIds().stream().map(NetworkFamilies::byId).toList(),
                    Activations.builtInIds(), TrainingTasks.builtInIds().stream().map(TrainingTasks::byId).toList());
        }
    }

    private final Vocabulary vocabulary;

    private SpecSchema(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The schema of a vocabulary, as JSON text (two-space indents, a newline at the end). */
    public static String json(Vocabulary vocabulary) {
        return JsonText.write(new SpecSchema(vocabulary).schema()) + "\n";
    }

    /** The schema of everything on the class path. */
    public static String json() {
        return json(Vocabulary.live());
    }

    private Map<String, Object> schema() {
        Map<String, Object> s = object();
        s.put("$schema", DIALECT);
        s.put("title", "Redshift spec");
        s.put("description", "A spec file of Redshift (DESIGN §4): claims about random neural networks, each tested"
                + " statistically.");
        s.put("type", "object");
        Map<String, Object> props = object();
        props.put("spec", described(TOP, "spec", Map.of("type", "string", "minLength", 1)));
        props.put("source", described(TOP, "source", Map.of("type", "string")));
        props.put("defaults", described(TOP, "defaults", Map.of("$ref", "#/$defs/defaults")));
        props.put("claims", described(TOP, "claims", Map.of("type", "array", "items", Map.of("$ref",
                "#/$defs/claim"))));
        props.put("profile", described(TOP, "profile", Map.of("enum", vocabulary.families().stream()
                .filter(f -> has(f, "weightScale")).map(NetworkFamily::id).toList())));
        s.put("properties", props);
        s.put("required", List.of("spec"));
        s.put("anyOf", List.of(Map.of("required", List.of("claims")), Map.of("required", List.of("profile"))));
        s.put("additionalProperties", false);
        Map<String, Object> defs = object();
        defs.put("claim", claim(true));
        defs.put("defaults", claim(false));
        defs.put("with", parameters(Kind.SCALAR, "with: { parameter: value, … }"));
        defs.put("configuration", configuration());
        defs.put("vary", vary());
        defs.put("summary", summary());
        defs.put("measureName", measureName());
        defs.put("measure", measure());
        defs.put("expect", expect());
        defs.put("margin", margin());
        defs.put("samples", samples());
        defs.put("train", train());
        defs.put("finding", finding());
        s.put("$defs", defs);
        return s;
    }

    private Map<String, Object> claim(boolean claim) {
        Map<String, Object> c = object();
        c.put("type", "object");
        c.put("description", claim ? "A claim: a statistical test of what random networks do."
                : "Keys every claim of the file inherits; a claim's own keys override them.");
        Map<String, Object> props = object();
        for (Key k : CLAIM) {
            if (!claim && CLAIM_ONLY.contains(k.name())) {
                continue;
            }
            props.put(k.name(), described(CLAIM, k.name(), claimKey(k.name())));
        }
        c.put("properties", props);
        if (claim) {
            c.put("required", List.of("claim"));
        }
        c.put("additionalProperties", false);
        // with: takes the parameters of the claim's family when the claim names it (one from defaults is unseen)
        List<Object> perFamily = new ArrayList<>();
        for (NetworkFamily f : vocabulary.families()) {
            perFamily.add(Map.of("if", Map.of("properties", Map.of("network", Map.of("const", f.id())), "required",
                    List.of("network")), "then", Map.of("properties", Map.of("with", Map.of("propertyNames",
                    Map.of("enum", names(f)))))));
        }
        c.put("allOf", perFamily);
        return c;
    }

    private Map<String, Object> claimKey(String key) {
        return switch (key) {
            case "claim", "controls" -> Map.of("type", "string", "minLength", 1);
            case "source" -> Map.of("type", "string");
            case "tags" -> Map.of("anyOf", List.of(Map.of("type", "string"), Map.of("type", "array", "items",
                    Map.of("type", "string"))));
            case "network" -> Map.of("enum", vocabulary.families().stream().map(NetworkFamily::id).toList(),
                    "default", "mlp");
            case "with" -> Map.of("$ref", "#/$defs/with");
            case "measure" -> Map.of("$ref", "#/$defs/measure", "default", "lz");
            case "vary" -> Map.of("$ref", "#/$defs/vary");
            case "compare" -> Map.of("type", "array", "minItems", 2, "items", Map.of("$ref", "#/$defs/configuration"));
            case "over" -> Map.of("type", "array", "minItems", 1, "items", Map.of("$ref", "#/$defs/configuration"));
            case "readings" -> Map.of("type", "array", "minItems", 1, "items", Map.of("$ref", "#/$defs/measure"));
            case "measures" -> Map.of("type", "array", "minItems", 2, "maxItems", 2, "items",
                    Map.of("$ref", "#/$defs/measure"));
            case "expect" -> Map.of("$ref", "#/$defs/expect");
            case "margin" -> Map.of("$ref", "#/$defs/margin");
            case "tolerance" -> Map.of("$ref", "#/$defs/margin", "default", "5%");
            case "samples" -> Map.of("$ref", "#/$defs/samples");
            case "confidence" -> Map.of("type", "number", "exclusiveMinimum", 0, "exclusiveMaximum", 1, "default",
                    ClaimBuilder.DEFAULT_CONFIDENCE);
            case "seed" -> Map.of("type", "integer");
            case "paired" -> Map.of("type", "boolean", "default", false);
            case "grid" -> Map.of("type", "integer", "minimum", 4, "default", ClaimBuilder.DEFAULT_GRID);
            case "slope", "peak" -> Map.of("$ref", "#/$defs/summary");
            case "spread" -> Map.of("const", PairSpread.RELATIVE);
            case "train" -> Map.of("$ref", "#/$defs/train");
            case "finding" -> Map.of("$ref", "#/$defs/finding");
            default -> throw new IllegalStateException("no schema for claim key " + key);
        };
    }

    /** How a parameter's value stands: alone (with, compare) or as a list of levels (vary, slope, peak). */
    private enum Kind {
        SCALAR, LEVELS, NUMERIC_LEVELS
    }

    /** The parameters of every family, each with the schema of its value. */
    private Map<String, Object> parameters(Kind kind, String description) {
        Map<String, Object> p = object();
        p.put("type", "object");
        p.put("description", description);
        p.put("properties", parameterProperties(kind));
        p.put("additionalProperties", false);
        return p;
    }

    private Map<String, Object> parameterProperties(Kind kind) {
        Map<String, List<NetworkFamily>> byName = new LinkedHashMap<>();
        for (NetworkFamily f : vocabulary.families()) {
            for (Parameter p : f.parameters()) {
                byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(f);
            }
        }
        Map<String, Object> props = object();
        for (Map.Entry<String, List<NetworkFamily>> e : byName.entrySet()) {
            List<Parameter> ps = e.getValue().stream().map(f -> parameter(f, e.getKey())).toList();
            if (kind == Kind.NUMERIC_LEVELS && ps.stream().noneMatch(p -> p.type() == Parameter.Type.INTEGER
                    || p.type() == Parameter.Type.NUMBER)) {
                continue;
            }
            List<Map<String, Object>> values = ps.stream().map(this::value).distinct().toList();
            Map<String, Object> value = values.size() == 1 ? new LinkedHashMap<>(values.get(0))
                    : new LinkedHashMap<>(Map.of("anyOf", values));
            List<Object> defaults = ps.stream().map(SpecSchema::defaultOf).distinct().toList();
            String families = e.getValue().stream().map(NetworkFamily::id).collect(Collectors.joining(", "));
            Map<String, Object> out = object();
            out.put("description", ps.get(0).description() + " (" + families + ")");
            if (kind == Kind.SCALAR) {
                out.putAll(value);
                if (defaults.size() == 1 && defaults.get(0) != null) {
                    out.put("default", defaults.get(0));
                }
            } else {
                out.put("type", "array");
                out.put("minItems", kind == Kind.NUMERIC_LEVELS ? 2 : 1);
                out.put("items", kind == Kind.NUMERIC_LEVELS ? Map.of("type", "number") : value);
            }
            props.put(e.getKey(), out);
        }
        return props;
    }

    private static Parameter parameter(NetworkFamily f, String name) {
        return f.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static Object defaultOf(Parameter p) {
        Object d = p.defaultValue();
        if (d == null || p.type() == Parameter.Type.FILE) {
            return null;
        }
        return d instanceof Number || d instanceof Boolean ? d : String.valueOf(d).toLowerCase(Locale.ROOT);
    }

    private Map<String, Object> value(Parameter p) {
        Map<String, Object> v = object();
        switch (p.type()) {
            case INTEGER -> v.put("type", "integer");
            case NUMBER -> v.put("type", "number");
            case BOOLEAN -> v.put("type", "boolean");
            case ACTIVATION -> v.put("enum", vocabulary.activations());
            case TEXT -> {
                if (p.choices().isEmpty()) {
                    v.put("type", "string");
                } else {
                    v.put("enum", p.choices());
                }
            }
            case FILE -> v.put("type", "string");
            default -> throw new IllegalStateException(p.type().name());
        }
        if (!Double.isNaN(p.min())) {
            v.put("minimum", p.min() == Math.rint(p.min()) ? (Object) (long) p.min() : (Object) p.min());
        }
        return v;
    }

    private Map<String, Object> configuration() {
        Map<String, Object> c = object();
        c.put("type", "object");
        c.put("description", "A configuration { parameter: value, … } over with:; it may name its own network, and"
                + " change the training as train.<key>.");
        Map<String, Object> props = object();
        props.put(ClaimBuilder.NETWORK_KEY, Map.of("description", "This configuration's own network family.",
                "enum", vocabulary.families().stream().map(NetworkFamily::id).toList()));
        props.putAll(parameterProperties(Kind.SCALAR));
        c.put("properties", props);
        c.put("patternProperties", Map.of(trainPattern(), Map.of("description", "A key of the claim's train:"
                + " block, changed for this configuration.", "type", List.of("number", "string", "boolean"))));
        c.put("additionalProperties", false);
        return c;
    }

    private String trainPattern() {
        return "^" + ClaimBuilder.TRAIN_PREFIX.replace(".", "\\.") + "(?!" + TrainingSetup.TASK + "$)";
    }

    private Map<String, Object> vary() {
        Map<String, Object> v = object();
        v.put("type", "object");
        v.put("description", "vary: { parameter: [levels] } — exactly one parameter of the family, or train.<key>.");
        v.put("properties", parameterProperties(Kind.LEVELS));
        v.put("patternProperties", Map.of(trainPattern(), Map.of("description", "Levels of a key of the claim's"
                + " train: block (levels of train.steps are checkpoints of the same runs; so are finetune's"
                + " pretrainSteps and shuffle, the same runs started differently).", "type", "array",
                "minItems", 1)));
        v.put("additionalProperties", false);
        v.put("minProperties", 1);
        v.put("maxProperties", 1);
        return v;
    }

    private Map<String, Object> summary() {
        Map<String, Object> s = object();
        s.put("type", "object");
        s.put("description", "{ parameter: [levels] }, optionally with scale: linear or log (default: log when"
                + " every level is positive).");
        Map<String, Object> props = object();
        props.put("scale", Map.of("description", "The scale the levels are read on.", "enum",
                Arrays.stream(RunSummary.Scale.values()).filter(k -> k != RunSummary.Scale.AUTO)
                        .map(k -> k.name().toLowerCase(Locale.ROOT)).toList()));
        props.putAll(parameterProperties(Kind.NUMERIC_LEVELS));
        s.put("properties", props);
        s.put("patternProperties", Map.of(trainPattern(), Map.of("description", "Numeric levels of a key of the"
                + " claim's train: block, each on the run's seed (finetune's pretrainSteps: the pre-training effect).",
                "type", "array", "minItems", 2, "items", Map.of("type", "number"))));
        s.put("additionalProperties", false);
        s.put("minProperties", 1);
        return s;
    }

    /** Every measure name: §3's, the extensions, the local volumes and a training run's. */
    private Map<String, Object> measureName() {
        List<String> base = Stream.concat(MeasureCatalog.NAMES.stream(), MeasureCatalog.EXTENSIONS.stream()).toList();
        List<String> names = new ArrayList<>(base);
        names.addAll(VolumeMeasure.NAMES);
        names.addAll(RunMeasure.RUN_ONLY);
        String prefixes = Stream.of(RunMeasure.INIT, RunMeasure.SHUFFLED_MINUS_INIT, RunMeasure.SHUFFLED)
                .map(p -> p.substring(0, p.length() - 1)).collect(Collectors.joining("|"));
        return Map.of("description", "A measure: " + String.join(", ", MeasureCatalog.NAMES) + " (DESIGN §3), "
                + String.join(", ", MeasureCatalog.EXTENSIONS) + ", the local volumes (§9), or of a training run"
                + " (§8): accuracies, init:<m>, shuffled:<m>, shuffled-minus-init:<m>.", "anyOf", List.of(
                Map.of("enum", names), Map.of("type", "string", "pattern", "^(" + prefixes + "):("
                        + base.stream().map(n -> n.replace("-", "\\-")).collect(Collectors.joining("|")) + ")$")));
    }

    private Map<String, Object> measure() {
        MeasureOptions d = MeasureOptions.DEFAULTS;
        LocalVolumeOptions v = LocalVolumeOptions.DEFAULTS;
        Map<String, Object> settings = object();
        for (Key k : MEASURE) {
            Map<String, Object> value = switch (k.name()) {
                case "name" -> Map.of("$ref", "#/$defs/measureName");
                case "maxOrder" -> Map.of("type", "integer", "minimum", 1, "default", d.maxOrder());
                case "method" -> Map.of("enum", ids(PolynomialMethod.values()), "default", d.polynomialMethod().id());
                case "border" -> Map.of("type", "integer", "minimum", 0, "default", d.border());
                case "levels" -> Map.of("type", "integer", "default", d.levels());
                case "ordering" -> Map.of("enum", Arrays.stream(GridOrdering.values()).map(GridOrdering::id).toList(),
                        "default", d.ordering().id());
                case "dc" -> Map.of("enum", Arrays.stream(FourierDc.values()).map(FourierDc::id).toList(),
                        "default", d.fourierDc().id());
                case "epsilon" -> Map.of("type", "number", "exclusiveMinimum", 0, "default", v.epsilon());
                case "directions" -> Map.of("type", "integer", "minimum", 1, "default", v.directions());
                case "sigmaFactor" -> Map.of("type", "number", "exclusiveMinimum", 0, "default", v.sigmaFactor());
                case "statistic" -> Map.of("enum", ids(LocalVolumeOptions.Statistic.values()), "default",
                        LocalVolumeOptions.name(v.statistic()));
                case "cost" -> Map.of("enum", Arrays.stream(LocalVolumeOptions.Cost.values())
                        .filter(c -> c != LocalVolumeOptions.Cost.BY_FAMILY).map(LocalVolumeOptions::name).toList(),
                        "description", k.description() + " Default: kl for families with several outputs per"
                                + " input, mse for scalar ones.");
                case "procedure" -> Map.of("enum", ids(LocalVolumeOptions.Procedure.values()), "default",
                        LocalVolumeOptions.name(v.procedure()));
                case "rtol" -> Map.of("type", "number", "exclusiveMinimum", 0, "exclusiveMaximum", 1, "default",
                        v.rtol());
                default -> throw new IllegalStateException("no schema for measure setting " + k.name());
            };
            settings.put(k.name(), described(MEASURE, k.name(), value));
        }
        Map<String, Object> mapping = object();
        mapping.put("type", "object");
        mapping.put("properties", settings);
        mapping.put("required", List.of("name"));
        mapping.put("additionalProperties", false);
        return Map.of("description", "A measure name, or { name: …, settings } (measure: a name or { name: …, … }).",
                "anyOf", List.of(Map.of("$ref", "#/$defs/measureName"), mapping));
    }

    private static List<String> ids(Enum<?>[] values) {
        return Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    }

    private Map<String, Object> expect() {
        List<String> named = Arrays.stream(ExpectationKind.values()).filter(k -> k != ExpectationKind.WITHIN
                && k != ExpectationKind.CORRELATED && k != ExpectationKind.FRACTION).map(ExpectationKind::id).toList();
        Map<String, Object> props = object();
        props.put("within", Map.of("description", "lo < μ < hi.", "type", "array", "items", Map.of("type", "number"),
                "minItems", 2, "maxItems", 2));
        props.put("correlated", Map.of("description", "The Spearman correlation of the two measures, over the"
                + " networks pooled from over:, is above r.", "type", "number"));
        props.put("anticorrelated", Map.of("description", "The Spearman correlation is below −r.", "type",
                "number"));
        props.put("uncorrelated", Map.of("description", "The Spearman correlation lies within ±m of 0 (0 < m < 1):"
                + " the first measure does not predict the second.", "type", "number"));
        props.put("fraction-decreasing", Map.of("description", "The share of networks whose value in the last"
                + " configuration is below their own value in the first exceeds p (0/1 outcomes bounded as a"
                + " proportion).", "type", "number"));
        props.put("fraction-increasing", Map.of("description", "The share of networks whose value in the last"
                + " configuration is above their own value in the first exceeds p.", "type", "number"));
        Map<String, Object> mapping = object();
        mapping.put("type", "object");
        mapping.put("properties", props);
        mapping.put("minProperties", 1);
        mapping.put("maxProperties", 1);
        mapping.put("additionalProperties", false);
        return Map.of("description", "An expectation: " + ExpectationKind.allowed() + ".", "anyOf",
                List.of(Map.of("enum", named), mapping));
    }

    private static Map<String, Object> margin() {
        return Map.of("description", "A number ≥ 0, a percentage of the mean over configurations (10%), or of the"
                + " range between the default ReLU MLP and the unbiased model (10% of range).", "anyOf", List.of(
                Map.of("type", "number", "minimum", 0),
                Map.of("type", "string", "pattern", "^\\s*[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?\\s*(%(\\s*"
                        + dev.redshift.stats.Margin.OF_RANGE + ")?)?\\s*$")));
    }

    private static Map<String, Object> samples() {
        Map<String, Object> props = object();
        props.put("min", Map.of("description", "Networks per configuration before the first look.", "type",
                "integer", "minimum", 1, "maximum", SamplesBudget.MAX_NETWORKS, "default",
                ClaimBuilder.DEFAULT_MIN_SAMPLES));
        props.put("max", Map.of("description", "At most this many networks per configuration (auto: as many as"
                + " the time budget allows).", "anyOf", List.of(Map.of("type", "integer", "minimum", 1, "maximum",
                SamplesBudget.MAX_NETWORKS), Map.of("const", "auto")), "default", ClaimBuilder.DEFAULT_MAX_SAMPLES));
        props.put("fixed", Map.of("description", "With max: auto, the max of a run without a time budget and the"
                + " size the confidence sequence is tuned for.", "type", "integer", "minimum", 1, "maximum",
                SamplesBudget.MAX_NETWORKS, "default", ClaimBuilder.DEFAULT_MAX_SAMPLES));
        Map<String, Object> s = object();
        s.put("type", "object");
        s.put("properties", props);
        s.put("additionalProperties", false);
        return s;
    }

    private Map<String, Object> train() {
        Map<String, Object> props = object();
        props.put(TrainingSetup.TASK, Map.of("description", "The task the networks are trained on.", "enum",
                vocabulary.tasks().stream().map(TrainingTask::id).toList()));
        Map<String, List<TrainingTask>> byName = new LinkedHashMap<>();
        for (TrainingTask t : vocabulary.tasks()) {
            t.parameters().forEach(p -> byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(t));
        }
        for (Map.Entry<String, List<TrainingTask>> e : byName.entrySet()) {
            List<Parameter> ps = e.getValue().stream().map(t -> t.parameters().stream()
                    .filter(p -> p.name().equals(e.getKey())).findFirst().orElseThrow()).toList();
            List<Map<String, Object>> values = ps.stream().map(this::value).distinct().toList();
            Map<String, Object> out = object();
            out.put("description", ps.get(0).description() + " (task " + e.getValue().stream().map(TrainingTask::id)
                    .collect(Collectors.joining(", ")) + ")");
            out.putAll(values.size() == 1 ? values.get(0) : Map.of("anyOf", values));
            List<Object> defaults = ps.stream().map(SpecSchema::defaultOf).distinct().toList();
            if (defaults.size() == 1 && defaults.get(0) != null) {
                out.put("default", defaults.get(0));
            }
            props.put(e.getKey(), out);
        }
        props.put(TrainingSetup.STEPS, Map.of("description", "Full-batch Adam steps (default per task: "
                + perTask(TrainingTask::defaultSteps) + ").", "type", "integer", "minimum", 1));
        props.put(TrainingSetup.LEARNING_RATE, Map.of("description", "Adam's learning rate (default per task: "
                + perTask(TrainingTask::defaultLearningRate) + ").", "type", "number", "exclusiveMinimum", 0));
        props.put(TrainingSetup.WEIGHT_DECAY, Map.of("description", "Decoupled (AdamW) weight decay λ (default per"
                + " task: " + perTask(TrainingTask::defaultWeightDecay) + ").", "type", "number", "minimum", 0));
        Map<String, Object> t = object();
        t.put("type", "object");
        t.put("description", "train: { task: " + String.join(" | ", vocabulary.tasks().stream().map(TrainingTask::id)
                .toList()) + ", … }; task may come from defaults' train:, whose keys the claim's override.");
        t.put("properties", props);
        t.put("additionalProperties", false);
        List<Object> perTask = new ArrayList<>();
        for (TrainingTask task : vocabulary.tasks()) {
            perTask.add(Map.of("if", Map.of("properties", Map.of(TrainingSetup.TASK, Map.of("const", task.id())),
                    "required", List.of(TrainingSetup.TASK)),
                    "then", Map.of("propertyNames", Map.of("enum", TrainingSetup.keys(task)))));
        }
        t.put("allOf", perTask);
        return t;
    }

    private String perTask(java.util.function.Function<TrainingTask, Object> value) {
        return vocabulary.tasks().stream().map(t -> t.id() + " " + show(value.apply(t)))
                .collect(Collectors.joining(", "));
    }

    private static String show(Object v) {
        return v instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(v);
    }

    private static Map<String, Object> finding() {
        List<Object> one = List.of(
                Map.of("type", "integer", "minimum", 1, "maximum", 78, "description", "A finding of the paper's"
                        + " registry (findings.md)."),
                Map.of("type", "string", "pattern", "^blog-[1-9][0-9]*$", "description", "A finding of the blog's"
                        + " registry."),
                Map.of("const", "ours", "description", "An extension of Redshift's own."));
        return Map.of("anyOf", List.of(one.get(0), one.get(1), one.get(2), Map.of("type", "array", "minItems", 1,
                "items", Map.of("anyOf", one))));
    }

    private static boolean has(NetworkFamily f, String parameter) {
        return f.parameters().stream().anyMatch(p -> p.name().equals(parameter));
    }

    private static List<String> names(NetworkFamily f) {
        return f.parameters().stream().map(Parameter::name).toList();
    }

    private static Map<String, Object> described(List<Key> keys, String name, Map<String, Object> value) {
        Map<String, Object> out = object();
        out.put("description", keys.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow()
                .description());
        JsonText.ordered(value).forEach(e -> {
            if (!e.getKey().equals("description")) {
                out.put(e.getKey(), e.getValue());
            }
        });
        if (value.containsKey("description")) {
            out.put("description", value.get("description"));
        }
        return out;
    }

    private static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /** JSON text of maps, lists, strings, numbers and booleans, keys in insertion order (sorted for Map.of). */
    static final class JsonText {

        private JsonText() {
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(out, value, "");
            return out.toString();
        }

        private static void write(StringBuilder out, Object value, String indent) {
            if (value instanceof Map<?, ?> map) {
                if (map.isEmpty()) {
                    out.append("{}");
                    return;
                }
                List<? extends Map.Entry<?, ?>> entries = ordered(map);
                out.append("{\n");
                String inner = indent + "  ";
                for (int i = 0; i < entries.size(); i++) {
                    out.append(inner).append(quote(String.valueOf(entries.get(i).getKey()))).append(": ");
                    write(out, entries.get(i).getValue(), inner);
                    out.append(i + 1 < entries.size() ? ",\n" : "\n");
                }
                out.append(indent).append('}');
            } else if (value instanceof List<?> list) {
                if (list.stream().allMatch(v -> !(v instanceof Map) && !(v instanceof List))) {
                    out.append(list.stream().map(JsonText::scalar).collect(Collectors.joining(", ", "[", "]")));
                    return;
                }
                out.append("[\n");
                String inner = indent + "  ";
                for (int i = 0; i < list.size(); i++) {
                    out.append(inner);
                    write(out, list.get(i), inner);
                    out.append(i + 1 < list.size() ? ",\n" : "\n");
                }
                out.append(indent).append(']');
            } else {
                out.append(scalar(value));
            }
        }

        /**
         * A map's entries in insertion order, or, for an immutable map (whose order changes from run to run),
         * description first, then what a reader looks for, then the rest by name: the same text on every run.
         */
        static <K, V> List<Map.Entry<K, V>> ordered(Map<K, V> map) {
            if (map instanceof LinkedHashMap) {
                return List.copyOf(map.entrySet());
            }
            return map.entrySet().stream().sorted(java.util.Comparator.comparingInt(
                    (Map.Entry<K, V> e) -> rank(String.valueOf(e.getKey())))
                    .thenComparing(e -> String.valueOf(e.getKey()))).toList();
        }

        private static int rank(String key) {
            int r = List.of("description", "type", "$ref", "enum", "const").indexOf(key);
            return r < 0 ? 99 : r;
        }

        private static String scalar(Object v) {
            if (v == null) {
                return "null";
            }
            if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
                return String.valueOf(v);
            }
            if (v instanceof Number n) {
                double d = n.doubleValue();
                return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
            }
            return quote(String.valueOf(v));
        }

        static String quote(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }
    }
}
