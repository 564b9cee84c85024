package dev.redshift.spec;

import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.NetworkFamily;
import dev.redshift.network.NetworkParameters;
import dev.redshift.stats.Expectation;
import dev.redshift.stats.ReadingTests;
import dev.redshift.stats.Margin;
import dev.redshift.stats.RunSummary;
import dev.redshift.stats.SamplesBudget;
import dev.redshift.train.RunMeasure;
import dev.redshift.train.TaskData;
import dev.redshift.train.TrainingSetup;
import dev.redshift.train.TrainingTasks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a claim fluently; specs and Java {@code @Claims} classes both end here.
 *
 * <pre>{@code
 * ClaimBuilder.claim("Tanh complexity rises with weight scale")
 *     .with("activation", "tanh").with("depth", 6)
 *     .vary("weightScale", 1, 4, 16)
 *     .measure("lz")
 *     .expect("increasing");
 * }</pre>
 *
 * Mistakes are {@link IllegalArgumentException}s that say what is allowed.
 */
public final class ClaimBuilder {

    /** DESIGN §4's defaults. */
    public static final double DEFAULT_CONFIDENCE = 0.95;
    public static final int DEFAULT_MIN_SAMPLES = 32;
    public static final int DEFAULT_MAX_SAMPLES = 400;
    public static final int DEFAULT_GRID = 64;

    /** The key a compared configuration uses to name its own network family. */
    public static final String NETWORK_KEY = "network";
    /** The prefix of a training or task parameter in vary and compare ({@code train.M}). */
    public static final String TRAIN_PREFIX = "train.";
    /** The varied key whose levels are checkpoints of the same training runs. */
    public static final String CHECKPOINTS = TRAIN_PREFIX + "steps";
    /** The tag of a negative control, a claim that should FAIL. */
    public static final String CONTROL_TAG = "control";

    /** The families of a range margin's references, low end first; each with its defaults. */
    private static final List<String> RANGE_REFERENCES = List.of("mlp", "fourier-unbiased");
    private static final Map<String, String> RANGE_LABELS = Map.of("mlp", "default ReLU MLP",
            "fourier-unbiased", "unbiased model");

    private final String name;
    private String source = "";
    private List<String> tags = List.of();
    private String network = "mlp";
    private final Map<String, Object> with = new LinkedHashMap<>();
    private String varied;
    private List<Object> levels = List.of();
    private List<Map<String, Object>> compare = List.of();
    private List<Map<String, Object>> over = List.of();
    private List<MeasureChoice> measures = List.of(new MeasureChoice("lz", MeasureOptions.DEFAULTS));
    private List<MeasureChoice> readings = List.of();
    private boolean readingsInherited;
    private ExpectationKind expect;
    private Margin margin;
    private Margin tolerance;
    private double withinLo = Double.NaN;
    private double withinHi = Double.NaN;
    private double correlation = Double.NaN;
    private boolean negativeCorrelation;
    private boolean uncorrelated;
    private double fraction = Double.NaN;
    private boolean fractionIncreasing;
    private Double confidence;
    private int minSamples = DEFAULT_MIN_SAMPLES;
    private int maxSamples = DEFAULT_MAX_SAMPLES;
    private boolean autoMax;
    private Long seed;
    private boolean paired;
    private int grid = DEFAULT_GRID;
    private Map<String, Object> training;
    private RunSummary.Kind summaryKind;
    private String summarised;
    private double[] summaryLevels;
    private RunSummary.Scale summaryScale = RunSummary.Scale.AUTO;
    private boolean pairSpread;
    private String controls;
    private List<String> findings = List.of();

    private ClaimBuilder(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a claim needs a name");
        }
        this.name = name.strip();
    }

    /** Starts a claim with its name. */
    public static ClaimBuilder claim(String name) {
        return new ClaimBuilder(name);
    }

    public String name() {
        return name;
    }

    public ClaimBuilder source(String citation) {
        this.source = citation == null ? "" : citation;
        return this;
    }

    public ClaimBuilder tags(String... tagNames) {
        return tags(Arrays.asList(tagNames));
    }

    public ClaimBuilder tags(List<String> tagNames) {
        this.tags = List.copyOf(tagNames);
        return this;
    }

    /**
     * Makes this claim the negative control of {@code claimName}: the same measure, margin and budget on a
     * configuration the paper says does change, so it should FAIL; tagged {@code control}, and shown beside that
     * claim in the replication report.
     */
    public ClaimBuilder controls(String claimName) {
        if (claimName == null || claimName.isBlank()) {
            throw new IllegalArgumentException("controls names the claim this one is the negative control of");
        }
        this.controls = claimName.strip();
        return this;
    }

    /**
     * The findings of a registry this claim tests: a number of the paper's registry ({@code 14}), a key of the
     * blog's ({@code blog-3}), or {@code ours} for an extension of Redshift's.
     */
    public ClaimBuilder findings(List<String> keys) {
        this.findings = List.copyOf(keys);
        return this;
    }

    /** The tags given so far: what JUnit's tag filters ({@code -Dgroups}) select a Java claim by. */
    public List<String> tagNames() {
        return tags;
    }

    /** The network family, by id ({@code mlp}, {@code fourier-unbiased} or one registered by SPI). */
    public ClaimBuilder network(String familyId) {
        NetworkFamilies.byId(familyId);
        this.network = familyId;
        return this;
    }

    /** A parameter shared by every configuration. */
    public ClaimBuilder with(String parameter, Object value) {
        with.put(parameter, value);
        return this;
    }

    public ClaimBuilder with(Map<String, ?> parameters) {
        with.putAll(parameters);
        return this;
    }

    /** Configurations that differ in one parameter, one per level, in order. */
    public ClaimBuilder vary(String parameter, Object... levelValues) {
        return vary(parameter, Arrays.asList(levelValues));
    }

    public ClaimBuilder vary(String parameter, List<?> levelValues) {
        if (levelValues.isEmpty()) {
            throw new IllegalArgumentException("vary needs at least one level of " + parameter);
        }
        if (parameter.equals(summarised)) {
            throw summaryConflict(parameter);
        }
        this.varied = parameter;
        this.levels = List.copyOf(levelValues);
        return this;
    }

    /**
     * Summarises network k by the least-squares slope of its measure against {@code parameter} over
     * {@code levelValues} (on a log scale when every level is positive): one number per network, which the
     * expectation then compares across configurations.
     */
    public ClaimBuilder slope(String parameter, List<? extends Number> levelValues) {
        return summary(RunSummary.Kind.SLOPE, parameter, levelValues);
    }

    /**
     * Summarises network k by the level of {@code parameter} where the least-squares quadratic through its
     * measure peaks (DESIGN §8), clipped to the levels' range.
     */
    public ClaimBuilder peak(String parameter, List<? extends Number> levelValues) {
        return summary(RunSummary.Kind.PEAK, parameter, levelValues);
    }

    /**
     * A summary by kind ({@code slope} or {@code peak}).
     *
     * @throws IllegalArgumentException when the parameter is the one {@code vary} varies, or a level is not a
     *     number
     */
    public ClaimBuilder summary(RunSummary.Kind kind, String parameter, List<?> levelValues) {
        if (parameter.equals(varied)) {
            throw summaryConflict(parameter);
        }
        double[] x = new double[levelValues.size()];
        for (int i = 0; i < x.length; i++) {
            if (!(levelValues.get(i) instanceof Number n)) {
                throw new IllegalArgumentException(kind.id() + " levels must be numbers, got '" + levelValues.get(i)
                        + "'");
            }
            x[i] = n.doubleValue();
        }
        RunSummary.of(kind, x, summaryScale);
        this.summaryKind = kind;
        this.summarised = parameter;
        this.summaryLevels = x;
        return this;
    }

    /** The scale a summary reads its levels on: {@code log}, {@code linear} or (default) log when all positive. */
    public ClaimBuilder summaryScale(RunSummary.Scale scale) {
        if (summaryKind != null) {
            RunSummary.of(summaryKind, summaryLevels, scale);
        }
        this.summaryScale = scale;
        return this;
    }

    /**
     * Samples pairs of networks instead of networks: sample k of a configuration is the relative difference of
     * its networks 2k and 2k + 1 ({@link PairSpread}), for claims on the spread of complexity.
     */
    public ClaimBuilder spreadOfPairs() {
        this.pairSpread = true;
        return this;
    }

    private static IllegalArgumentException summaryConflict(String parameter) {
        return new IllegalArgumentException(parameter + " is both varied and summarised; vary another parameter,"
                + " or summarise with slope/peak alone");
    }

    /**
     * Two or more configurations, each merged over {@code with}; the first is a in less/greater. A
     * configuration may name its own {@code network} family (e.g. the unbiased model against an MLP).
     */
    @SafeVarargs
    public final ClaimBuilder compare(Map<String, ?>... configurations) {
        return compare(Arrays.asList(configurations));
    }

    public ClaimBuilder compare(List<? extends Map<String, ?>> configurations) {
        this.compare = configurations.stream().<Map<String, Object>>map(LinkedHashMap::new).toList();
        return this;
    }

    /** Configurations whose networks are pooled, for {@code correlated}. */
    public ClaimBuilder over(List<? extends Map<String, ?>> configurations) {
        this.over = configurations.stream().<Map<String, Object>>map(LinkedHashMap::new).toList();
        return this;
    }

    /**
     * Trains every run before measuring it (DESIGN §8): {@code task} names the task, {@code steps} and {@code lr}
     * the training, other keys the task's parameters. A configuration may change one of them as
     * {@code train.<key>}.
     */
    public ClaimBuilder train(Map<String, ?> block) {
        TrainingSetup.resolve(block);
        this.training = new LinkedHashMap<>(block);
        return this;
    }

    public ClaimBuilder measure(String measureName) {
        return measure(new MeasureChoice(measureName, MeasureOptions.DEFAULTS));
    }

    public ClaimBuilder measure(MeasureChoice choice) {
        choice.check();
        this.measures = List.of(choice);
        return this;
    }

    /** The two measures a {@code correlated} claim compares. */
    public ClaimBuilder measures(String first, String second) {
        return measures(List.of(new MeasureChoice(first, MeasureOptions.DEFAULTS),
                new MeasureChoice(second, MeasureOptions.DEFAULTS)));
    }

    public ClaimBuilder measures(List<MeasureChoice> choices) {
        choices.forEach(MeasureChoice::check);
        this.measures = List.copyOf(choices);
        return this;
    }

    /**
     * The readings of the measure the claim is decided under (issue 26): each replaces the claim's measure that is
     * one of the readings (else its first Fourier measure, else its first measure), and the claim is decided under every one on the
     * same networks, at a share of its confidence. Empty: the claim's measure alone, as without the key.
     */
    public ClaimBuilder readings(List<MeasureChoice> choices) {
        choices.forEach(MeasureChoice::check);
        this.readings = List.copyOf(choices);
        return this;
    }

    /**
     * Marks the readings as the file's defaults': they then apply only where the claim's measure is one of them,
     * alone or under a run prefix (a claim of lz or fourier-hann, or of local volumes, in the same file keeps its
     * measure).
     */
    public ClaimBuilder readingsInherited() {
        this.readingsInherited = true;
        return this;
    }

    /** An expectation by its spec name: invariant, increasing, strictly decreasing, less, … */
    public ClaimBuilder expect(String expectation) {
        this.expect = ExpectationKind.parse(expectation);
        if (expect == ExpectationKind.WITHIN || expect == ExpectationKind.CORRELATED
                || expect == ExpectationKind.FRACTION) {
            throw new IllegalArgumentException(expect.id() + " takes a value: use expectWithin or expectCorrelated");
        }
        return this;
    }

    public ClaimBuilder expectWithin(double lo, double hi) {
        this.expect = ExpectationKind.WITHIN;
        this.withinLo = lo;
        this.withinHi = hi;
        return this;
    }

    public ClaimBuilder expectCorrelated(double r) {
        this.expect = ExpectationKind.CORRELATED;
        this.correlation = r;
        this.negativeCorrelation = false;
        this.uncorrelated = false;
        return this;
    }

    /** Spearman correlation within ±m of 0: the first measure does not predict the second, to within m. */
    public ClaimBuilder expectUncorrelated(double m) {
        expectCorrelated(m);
        this.uncorrelated = true;
        return this;
    }

    /**
     * The share of networks whose value in the last configuration is below (above, when {@code increasing})
     * their own value in the first exceeds p.
     */
    public ClaimBuilder expectFraction(boolean increasing, double p) {
        this.expect = ExpectationKind.FRACTION;
        this.fraction = p;
        this.fractionIncreasing = increasing;
        return this;
    }

    /** Spearman correlation below −r: the two measures move against each other. */
    public ClaimBuilder expectAnticorrelated(double r) {
        expectCorrelated(r);
        this.negativeCorrelation = true;
        return this;
    }

    /** A margin: a number or a percentage of the mean over configurations ("10%"). */
    public ClaimBuilder margin(String text) {
        this.margin = Margin.parse(text);
        return this;
    }

    public ClaimBuilder margin(Margin m) {
        this.margin = m;
        return this;
    }

    /** The tolerance of a monotone trend: a number or a percentage (default 5%). */
    public ClaimBuilder tolerance(String text) {
        this.tolerance = Margin.parse(text);
        return this;
    }

    public ClaimBuilder tolerance(Margin m) {
        this.tolerance = m;
        return this;
    }

    public ClaimBuilder confidence(double c) {
        if (!(c > 0 && c < 1)) {
            throw new IllegalArgumentException("must be between 0 and 1 (e.g. 0.95), got " + c);
        }
        this.confidence = c;
        return this;
    }

    /**
     * The networks per configuration: the first look after {@code min}, at most {@code max}, which may not exceed
     * {@link SamplesBudget#MAX_NETWORKS}.
     */
    public ClaimBuilder samples(long min, long max) {
        SamplesBudget budget = SamplesBudget.of(min, max);
        this.minSamples = budget.min();
        this.maxSamples = budget.max();
        this.autoMax = false;
        return this;
    }

    /**
     * {@code samples: { min: …, max: auto }}: {@code max} is the nominal cap (a run without a time budget stops there,
     * and the confidence sequence is tuned for min–max), and a time budget may take the claim past it.
     */
    public ClaimBuilder samplesAuto(long min, long nominalMax) {
        samples(min, nominalMax);
        this.autoMax = true;
        return this;
    }

    /**
     * Makes the design paired: network k of every configuration is drawn from the same random numbers (the seed of
     * the first configuration), so what the configurations share cancels in the per-network differences the
     * comparison is decided on. Each configuration's network k keeps its own distribution, so the rule and its
     * validity are unchanged; refused where networks are not compared index by index ({@code within},
     * {@code correlated}, which pools networks as independent draws).
     */
    public ClaimBuilder paired(boolean shared) {
        this.paired = shared;
        return this;
    }

    public ClaimBuilder seed(long s) {
        this.seed = s;
        return this;
    }

    public ClaimBuilder grid(int pointsPerAxis) {
        if (pointsPerAxis < 4) {
            throw new IllegalArgumentException("must be at least 4 points per axis, got " + pointsPerAxis);
        }
        this.grid = pointsPerAxis;
        return this;
    }

    /**
     * The finished plan.
     *
     * @param specTitle the spec's title; with the claim's name, what its default seed derives from
     * @param position where the claim is declared
     */
    public ClaimPlan build(String specTitle, SourcePosition position) {
        return build(specTitle, position, ClaimDefaults.STANDARD);
    }

    /**
     * The finished plan, with run-wide settings applied: a confidence for claims that set none, the samples
     * budget scale and a seed override.
     */
    public ClaimPlan build(String specTitle, SourcePosition position, ClaimDefaults defaults) {
        if (expect == null) {
            throw new IllegalArgumentException("missing expect — expected one of " + ExpectationKind.allowed());
        }
        Expectation expectation = expectation();
        List<Map<String, Object>> raw = configurations();
        if (raw.size() < expectation.minConfigurations()) {
            throw new IllegalArgumentException(expect.id() + " compares at least " + expectation.minConfigurations()
                    + " configurations; give vary with " + expectation.minConfigurations() + "+ levels or compare");
        }
        if (expect == ExpectationKind.CORRELATED && measures.size() != 2) {
            throw new IllegalArgumentException("correlated needs measures: [a, b], two measure names");
        }
        if (expect != ExpectationKind.CORRELATED && measures.size() != 1) {
            throw new IllegalArgumentException("measures (plural) is for correlated; use measure");
        }
        if (paired && !expectation.paired()) {
            throw new IllegalArgumentException("paired: true shares draws between configurations compared network by"
                    + " network; " + expect.id() + (expect == ExpectationKind.CORRELATED
                            ? " pools the networks as independent draws, which shared draws would overstate"
                            : " compares no configurations with each other") + " — drop paired");
        }
        // the title, not the file: the same claim draws the same networks wherever and however its file is read
        long claimSeed = seed != null ? seed : Seeds.of(specTitle, name);
        if (defaults.seedOverride() != null) {
            claimSeed = Seeds.overridden(defaults.seedOverride(), specTitle, name) ^ claimSeed;
        }
        if (training == null) {
            for (MeasureChoice m : measures) {
                if (RunMeasure.isRunOnly(m.name())) {
                    throw new IllegalArgumentException("measure " + m.name() + " is a measure of a training run — add"
                            + " train: { task: " + String.join(" | ", TrainingTasks.ids()) + ", … }");
                }
            }
        }
        List<NetworkParameters> resolved = new ArrayList<>();
        List<TrainingSetup> setups = new ArrayList<>();
        for (Map<String, Object> m : raw) {
            Map<String, Object> params = new LinkedHashMap<>(m);
            Object own = params.remove(NETWORK_KEY);
            TrainingSetup setup = trainingOf(params);
            TaskData data = setup == null ? null : setup.data();
            if (data != null) {
                RunMeasure.checkTask(measures.stream().filter(choice -> !choice.isLocalVolume()).map(MeasureChoice::runMeasure)
                        .toList(), setup.task().id(), data);
            }
            NetworkFamily family = NetworkFamilies.byId(own != null ? String.valueOf(own) : network);
            if (data != null && !params.containsKey("inputs")
                    && family.parameters().stream().anyMatch(p -> p.name().equals("inputs"))) {
                params.put("inputs", data.inputs());
            }
            NetworkParameters networkParameters = NetworkParameters.resolve(family, params, grid);
            resolved.add(networkParameters);
            setups.add(setup == null ? null : TrainingTasks.fitted(setup, family.id(), networkParameters.asMap()));
        }
        List<String> labels = ConfigurationLabels.of(resolved, setups);
        List<Configuration> configurations = new ArrayList<>();
        // levels of train.steps are checkpoints of the same runs: one seed, so run k at 100 steps is run k at 1,000
        // stopped early (full-batch training is deterministic) and a trend along training is paired run by run
        // so are the levels of a key the task names as the same runs started differently (finetune's pretrainSteps)
        boolean checkpoints = CHECKPOINTS.equals(varied) || (varied != null && varied.startsWith(TRAIN_PREFIX)
                && !setups.isEmpty() && setups.get(0) != null
                && setups.get(0).task().sameRunKeys().contains(varied.substring(TRAIN_PREFIX.length())));
        // a paired claim does the same on purpose: network k of every configuration from the same random numbers
        boolean oneSeed = paired || checkpoints;
        for (int c = 0; c < resolved.size(); c++) {
            configurations.add(new Configuration(labels.get(c), resolved.get(c).family(), resolved.get(c),
                    Seeds.ofConfiguration(claimSeed, oneSeed ? 0 : c), setups.get(c)));
        }
        if (name.equals(controls)) {
            throw new IllegalArgumentException("a claim cannot be its own negative control");
        }
        List<String> tags = controls == null || this.tags.contains(CONTROL_TAG) ? this.tags
                : java.util.stream.Stream.concat(this.tags.stream(), java.util.stream.Stream.of(CONTROL_TAG)).toList();
        List<MeasureChoice> measured = measures;
        List<ReadingTests.Reading> decidedUnder = List.of();
        // the file's readings are readings of its measure: a claim measuring something else keeps its own
        boolean ownMeasureRead = measures.stream().map(MeasureChoice::base).anyMatch(readings::contains);
        boolean applies = !readingsInherited || ownMeasureRead && measures.stream().noneMatch(MeasureChoice::isLocalVolume);
        if (!readings.isEmpty() && applies) {
            if (measures.stream().anyMatch(MeasureChoice::isLocalVolume)
                    || readings.stream().anyMatch(r -> r.isLocalVolume() || !r.base().equals(r)
                            || RunMeasure.RUN_ONLY.contains(r.name()))) {
                throw new IllegalArgumentException("readings are readings of a grid measure (fourier, fourier-hann,"
                        + " chebyshev, legendre, lz, lz76) of random networks or of training runs, where a reading"
                        + " replaces init: and shuffled: alike; not of accuracies or local volumes");
            }
            ReadingRows rows = ReadingRows.of(measures, readings);
            measured = rows.measured();
            decidedUnder = rows.readings();
        }
        return new ClaimPlan(name, specTitle, source, tags, network, varied, List.copyOf(configurations), measured,
                expectation, confidence != null ? confidence : defaults.confidence(),
                new SamplesBudget(minSamples, maxSamples, autoMax).scaled(defaults.samplesScale()), claimSeed, grid,
                position,
                sampleSummary(raw, configurations), rangeReferences(specTitle, expectation), controls, findings,
                decidedUnder);
    }

    /**
     * The two configurations a margin of the range is a fraction of: the default ReLU MLP of DESIGN §2 (the
     * simple end) and the unbiased model (the complex end), on the claim's grid. Their seeds derive from the spec's
     * title alone, so every claim of a spec measures the same reference networks (computed once with the sample
     * cache), while claims of different specs stay independent.
     */
    private List<Configuration> rangeReferences(String specTitle, Expectation expectation) {
        Margin used = expectation instanceof Expectation.Invariant i ? i.margin()
                : expectation instanceof Expectation.Equivalent q ? q.margin()
                : expectation instanceof Expectation.Ordered o ? o.margin()
                : expectation instanceof Expectation.Trend t && !t.strict() ? t.tolerance() : null;
        boolean given = (margin != null && margin.ofRange()) || (tolerance != null && tolerance.ofRange());
        if (given && (used == null || !used.ofRange())) {
            throw new IllegalArgumentException(expect.id() + " does not use that margin; a margin of the range is"
                    + " for invariant, equivalent, less and greater (margin:) and increasing and decreasing"
                    + " (tolerance:)");
        }
        if (!given) {
            return List.of();
        }
        if (training != null || summaryKind != null || pairSpread) {
            throw new IllegalArgumentException("a margin of the range compares networks' own measures; it cannot"
                    + " be used with train:, slope:, peak: or spread: — give an absolute margin or a percentage");
        }
        List<Configuration> references = new ArrayList<>();
        for (String family : RANGE_REFERENCES) {
            NetworkFamily f = NetworkFamilies.byId(family);
            references.add(new Configuration("range reference: " + RANGE_LABELS.get(family), family,
                    NetworkParameters.resolve(f, Map.of(), grid), Seeds.of(specTitle, "range reference " + family)));
        }
        return references;
    }

    /**
     * How networks become samples: pairs for a spread, or each configuration at every level of the summarised
     * parameter (all levels on the configuration's seed), or null for neither.
     */
    private SampleSummary sampleSummary(List<Map<String, Object>> raw, List<Configuration> configurations) {
        if (pairSpread && summaryKind != null) {
            throw new IllegalArgumentException("spread compares pairs of networks, " + summaryKind.id()
                    + " levels of one network; use one of them");
        }
        if (pairSpread) {
            return new PairSpread();
        }
        if (summaryKind == null) {
            return null;
        }
        RunSummary summary = RunSummary.of(summaryKind, summaryLevels, summaryScale);
        List<List<Configuration>> levels = new ArrayList<>();
        List<Map<String, Object>> own = compare.isEmpty() ? over : compare;
        for (int c = 0; c < configurations.size(); c++) {
            Configuration outer = configurations.get(c);
            if (own.size() > c && own.get(c).containsKey(summarised)) {
                throw new IllegalArgumentException(summarised + " is set in " + (compare.isEmpty() ? "over" : "compare")
                        + " and summarised by " + summaryKind.id() + "; drop it from the configuration");
            }
            Map<String, Object> params = new LinkedHashMap<>(raw.get(c));
            params.remove(NETWORK_KEY);
            trainingOf(params); // the train.* keys, already in outer.training()
            params.put("inputs", outer.parameters().asMap().getOrDefault("inputs", params.get("inputs")));
            params.values().removeIf(java.util.Objects::isNull);
            NetworkFamily family = NetworkFamilies.byId(outer.network());
            List<Configuration> perLevel = new ArrayList<>();
            boolean ofTraining = summarised.startsWith(TRAIN_PREFIX);
            if (ofTraining && outer.training() == null) {
                throw new IllegalArgumentException(summarised + " changes the training, but the claim has no train:"
                        + " block — add train: { task: " + String.join(" | ", TrainingTasks.ids()) + ", … }");
            }
            for (double level : summaryLevels) {
                TrainingSetup training = outer.training();
                NetworkParameters p;
                if (ofTraining) {
                    // a training key (finetune's pretrainSteps): the network stays, the training changes
                    Map<String, Object> block = new LinkedHashMap<>(training.asMap());
                    block.put(summarised.substring(TRAIN_PREFIX.length()), level);
                    training = TrainingSetup.resolve(block);
                    p = outer.parameters();
                } else {
                    params.put(summarised, level);
                    p = NetworkParameters.resolve(family, params, grid);
                }
                perLevel.add(new Configuration(outer.label() + ", " + summarised + " " + ConfigurationLabels.show(level), outer.network(),
                        p, outer.seed(), training));
            }
            levels.add(perLevel);
        }
        return new LevelSummary(summarised, summary, levels);
    }

    /** Takes the train.* keys out of a configuration: its training, or null when the claim trains nothing. */
    private TrainingSetup trainingOf(Map<String, Object> params) {
        Map<String, Object> block = training == null ? null : new LinkedHashMap<>(training);
        for (String key : List.copyOf(params.keySet())) {
            if (key.startsWith(TRAIN_PREFIX)) {
                if (block == null) {
                    throw new IllegalArgumentException(key + " changes the training, but the claim has no train: block"
                            + " — add train: { task: " + String.join(" | ", TrainingTasks.ids()) + ", … }");
                }
                block.put(key.substring(TRAIN_PREFIX.length()), params.remove(key));
            }
        }
        return block == null ? null : TrainingSetup.resolve(block);
    }

    private Expectation expectation() {
        return switch (expect) {
            case INVARIANT -> new Expectation.Invariant(requireMargin());
            case EQUIVALENT -> new Expectation.Equivalent(requireMargin());
            case LESS, GREATER -> new Expectation.Ordered(expect == ExpectationKind.LESS,
                    margin == null ? Margin.ZERO : margin);
            case INCREASING, DECREASING -> new Expectation.Trend(expect == ExpectationKind.INCREASING, false,
                    tolerance == null ? Expectation.Trend.DEFAULT_TOLERANCE : tolerance);
            case STRICTLY_INCREASING, STRICTLY_DECREASING -> new Expectation.Trend(
                    expect == ExpectationKind.STRICTLY_INCREASING, true, Margin.ZERO);
            case WITHIN -> new Expectation.Within(withinLo, withinHi);
            case CORRELATED -> uncorrelated ? new Expectation.Uncorrelated(correlation)
                    : new Expectation.Correlated(correlation, negativeCorrelation);
            case FRACTION -> new Expectation.Fraction(fractionIncreasing, fraction);
        };
    }

    private Margin requireMargin() {
        if (margin == null) {
            throw new IllegalArgumentException(expect.id() + " needs a margin: a number or a percentage like 10%");
        }
        return margin;
    }

    private List<Map<String, Object>> configurations() {
        int ways = (varied != null ? 1 : 0) + (compare.isEmpty() ? 0 : 1) + (over.isEmpty() ? 0 : 1);
        if (ways > 1) {
            throw new IllegalArgumentException("use one of vary, compare and over in a claim, not several");
        }
        if ((expect == ExpectationKind.CORRELATED) != !over.isEmpty()) {
            throw new IllegalArgumentException(expect == ExpectationKind.CORRELATED
                    ? "correlated pools the networks of over: [ {…}, … ]; over is missing"
                    : "over is only for correlated; use vary or compare");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        if (varied != null) {
            for (Object level : levels) {
                Map<String, Object> m = new LinkedHashMap<>(with);
                m.put(varied, level);
                out.add(m);
            }
        } else if (!compare.isEmpty() || !over.isEmpty()) {
            for (Map<String, Object> c : compare.isEmpty() ? over : compare) {
                out.add(mergedOverWith(c));
            }
        } else {
            out.add(new LinkedHashMap<>(with));
        }
        return out;
    }

    /**
     * A configuration over {@code with}. One that names another family than the claim's keeps only the
     * parameters of {@code with} that its family also has (a random-token baseline takes vocab and tokens).
     */
    private Map<String, Object> mergedOverWith(Map<String, Object> configuration) {
        Object own = configuration.get(NETWORK_KEY);
        Map<String, Object> m = new LinkedHashMap<>(with);
        if (own != null && !own.equals(network)) {
            List<String> known = NetworkFamilies.byId(String.valueOf(own)).parameters().stream()
                    .map(dev.redshift.network.Parameter::name).toList();
            m.keySet().retainAll(known);
        }
        m.putAll(configuration);
        return m;
    }
}
