package dev.redshift.engine;

import dev.redshift.eval.SamplerOptions;
import dev.redshift.network.ComputeDevice;
import dev.redshift.spec.ClaimBuilder;
import dev.redshift.spec.ClaimDefaults;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;

/**
 * The engine's settings, from {@code junit-platform.properties}, {@code -D} system properties or the
 * launcher's configuration parameters. Read once, at discovery, and kept on the {@link RedshiftEngineDescriptor}.
 *
 * <table>
 *   <caption>Configuration parameters</caption>
 *   <tr><td>redshift.confidence</td><td>confidence of claims that state none (0.95)</td></tr>
 *   <tr><td>redshift.samples.scale</td><td>factor on every samples budget (1.0; CI runs use less)</td></tr>
 *   <tr><td>redshift.seed</td><td>seed override, combined with each claim's seed (none)</td></tr>
 *   <tr><td>redshift.device</td><td>cpu, gpu or auto (cpu)</td></tr>
 *   <tr><td>redshift.inconclusive</td><td>what INCONCLUSIVE becomes: failed or aborted (aborted)</td></tr>
 *   <tr><td>redshift.execution.parallel.enabled</td><td>run claims concurrently on the platform's pool
 *   (false)</td></tr>
 *   <tr><td>redshift.execution.parallel.config.*</td><td>the pool: {@code strategy} (dynamic, fixed, custom) and its
 *   keys, as Jupiter's {@code junit.jupiter.execution.parallel.config.*}</td></tr>
 *   <tr><td>redshift.parallelism</td><td>short for enabled, strategy fixed, fixed.parallelism N (1: off)</td></tr>
 *   <tr><td>redshift.observers</td><td>comma-separated class names of {@link ClaimObserver}s for the run, beside
 *   those registered with {@link java.util.ServiceLoader} (none)</td></tr>
 *   <tr><td>redshift.discovery.issue.severity</td><td>how a spec that cannot be read is reported: error (the
 *   platform then runs none of the engine's claims) or warning (the others run) (error)</td></tr>
 *   <tr><td>redshift.cache</td><td>directory of the sample cache, or off (~/.cache/redshift)</td></tr>
 *   <tr><td>redshift.console</td><td>verdicts (a line per claim and progress), progress or quiet (verdicts)</td></tr>
 *   <tr><td>redshift.executor</td><td>where networks are computed: local (in process) or spark (local)</td></tr>
 *   <tr><td>redshift.spark.master</td><td>the Spark master URL (what spark-submit set, else local[*])</td></tr>
 * </table>
 *
 * @param defaults confidence, budget scale and seed override for every claim
 * @param device where networks are evaluated
 * @param inconclusive what INCONCLUSIVE becomes
 * @param parallelism {@value #PARALLELISM}, the short form of parallel execution (1: off)
 * @param console what the engine prints on standard error
 * @param cache the sample cache's directory, or null when it is off
 * @param executor where networks are computed: {@value LocalExecutor#NAME} or {@code spark} (DESIGN §9)
 * @param sparkMaster the Spark master URL, or null for what spark-submit set (else {@code local[*]})
 * @param parallel the platform's pool for running claims concurrently, or null to run one at a time
 * @param observers class names of further observers ({@value #OBSERVERS})
 * @param discoveryIssueSeverity the severity of the discovery issue a broken spec file is reported as
 */
public record EngineSettings(ClaimDefaults defaults, ComputeDevice device, InconclusiveOutcome inconclusive,
        int parallelism, Console console, Path cache, String executor, String sparkMaster,
        ParallelExecutionConfiguration parallel, List<String> observers,
        DiscoveryIssue.Severity discoveryIssueSeverity) {

    /** Settings with parallelism as {@value #PARALLELISM} gives it, no observers by name, broken specs errors. */
    public EngineSettings(ClaimDefaults defaults, ComputeDevice device, InconclusiveOutcome inconclusive,
            int parallelism, Console console, Path cache, String executor, String sparkMaster) {
        this(defaults, device, inconclusive, parallelism, console, cache, executor, sparkMaster,
                ParallelExecution.from(new MapConfigurationParameters(Map.of()), parallelism).orElse(null), List.of(),
                DiscoveryIssue.Severity.ERROR);
    }

    /** Settings that compute every network in process. */
    public EngineSettings(ClaimDefaults defaults, ComputeDevice device, InconclusiveOutcome inconclusive,
            int parallelism, Console console, Path cache) {
        this(defaults, device, inconclusive, parallelism, console, cache, LocalExecutor.NAME, null);
    }

    /** Settings without a sample cache. */
    public EngineSettings(ClaimDefaults defaults, ComputeDevice device, InconclusiveOutcome inconclusive,
            int parallelism, Console console) {
        this(defaults, device, inconclusive, parallelism, console, null);
    }

    /** What the engine prints while it runs. */
    public enum Console {
        /** A line per claim as it finishes, and progress every few seconds. */
        VERDICTS,
        /** Progress only (the {@code check} verb prints its own lines). */
        PROGRESS,
        /** Nothing. */
        QUIET;

        static Console parse(String text) {
            for (Console c : values()) {
                if (c.name().equalsIgnoreCase(text.trim())) {
                    return c;
                }
            }
            throw new IllegalArgumentException(CONSOLE + " must be verdicts, progress or quiet, got '" + text + "'");
        }
    }

    public static final String CONFIDENCE = "redshift.confidence";
    public static final String SAMPLES_SCALE = "redshift.samples.scale";
    public static final String SEED = "redshift.seed";
    public static final String DEVICE = "redshift.device";
    public static final String INCONCLUSIVE = "redshift.inconclusive";
    /** Short for parallel execution with the fixed strategy and this many threads. */
    public static final String PARALLELISM = "redshift.parallelism";
    /** Whether claims run concurrently on the platform's pool. */
    public static final String PARALLEL_ENABLED = ParallelExecution.ENABLED;
    /** The prefix of the platform's parallel-execution keys ({@code strategy}, {@code fixed.parallelism}, …). */
    public static final String PARALLEL_CONFIG_PREFIX = ParallelExecution.CONFIG_PREFIX;
    /** Class names of observers of the run. */
    public static final String OBSERVERS = "redshift.observers";
    /** The severity of a broken spec's discovery issue: error or warning. */
    public static final String DISCOVERY_ISSUE_SEVERITY = "redshift.discovery.issue.severity";
    public static final String CONSOLE = "redshift.console";
    public static final String CACHE = "redshift.cache";
    public static final String EXECUTOR = "redshift.executor";
    public static final String SPARK_MASTER = "redshift.spark.master";
    /** The executors DESIGN §9 names. */
    public static final List<String> EXECUTORS = List.of(LocalExecutor.NAME, "spark");

    /**
     * The sample cache when no flag or parameter names one: the system property {@value #CACHE} (a directory or
     * {@code off}) if set, else {@code ~/.cache/redshift}.
     */
    public static String defaultCache() {
        return System.getProperty(CACHE, Path.of(System.getProperty("user.home"), ".cache", "redshift").toString());
    }

    /** Reads the settings; a bad value is an error naming the parameter and what it allows. */
    public static EngineSettings from(ConfigurationParameters p) {
        double confidence = number(p, CONFIDENCE, ClaimBuilder.DEFAULT_CONFIDENCE);
        double scale = number(p, SAMPLES_SCALE, 1.0);
        Long seed = p.get(SEED).map(String::trim).filter(s -> !s.isEmpty()).map(s -> {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(SEED + " must be an integer, got '" + s + "'");
            }
        }).orElse(null);
        ComputeDevice device = p.get(DEVICE).map(ComputeDevice::parse).orElse(ComputeDevice.CPU);
        InconclusiveOutcome inconclusive = p.get(INCONCLUSIVE).map(InconclusiveOutcome::parse)
                .orElse(InconclusiveOutcome.ABORTED);
        int parallelism = (int) number(p, PARALLELISM, 1);
        if (parallelism < 1) {
            throw new IllegalArgumentException(PARALLELISM + " must be at least 1, got " + parallelism);
        }
        Console console = p.get(CONSOLE).map(Console::parse).orElse(Console.VERDICTS);
        // "off" must stay off: mapped to null inside the Optional it would fall through to the default cache
        Path cache = p.get(CACHE).map(String::trim).filter(v -> !v.isEmpty()).or(() -> Optional.of(defaultCache()))
                .filter(v -> !v.equalsIgnoreCase("off")).map(Path::of).orElse(null);
        String executor = p.get(EXECUTOR).map(v -> v.trim().toLowerCase(java.util.Locale.ROOT))
                .filter(v -> !v.isEmpty()).orElse(LocalExecutor.NAME);
        if (!EXECUTORS.contains(executor)) {
            throw new IllegalArgumentException(EXECUTOR + " must be one of " + String.join(", ", EXECUTORS) + ", got '"
                    + executor + "'");
        }
        String master = p.get(SPARK_MASTER).map(String::trim).filter(v -> !v.isEmpty()).orElse(null);
        DiscoveryIssue.Severity severity = p.get(DISCOVERY_ISSUE_SEVERITY).map(String::trim).filter(v -> !v.isEmpty())
                .map(EngineSettings::severity).orElse(DiscoveryIssue.Severity.ERROR);
        List<String> observers = p.get(OBSERVERS).stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.isEmpty()).toList();
        return new EngineSettings(new ClaimDefaults(confidence, scale, seed), device, inconclusive, parallelism,
                console, cache, executor, master, ParallelExecution.from(p, parallelism).orElse(null), observers,
                severity);
    }

    private static DiscoveryIssue.Severity severity(String text) {
        for (DiscoveryIssue.Severity s : List.of(DiscoveryIssue.Severity.ERROR, DiscoveryIssue.Severity.WARNING)) {
            if (s.name().equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException(DISCOVERY_ISSUE_SEVERITY + " must be error or warning, got '" + text + "'");
    }

    /** How samplers run under these settings. */
    public SamplerOptions samplerOptions() {
        return SamplerOptions.defaults().withDevice(device);
    }

    private static double number(ConfigurationParameters p, String key, double fallback) {
        Optional<String> v = p.get(key);
        if (v.isEmpty() || v.get().isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + v.get() + "'");
        }
    }
}
