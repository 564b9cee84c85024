package dev.redshift.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.support.config.PrefixedConfigurationParameters;
import org.junit.platform.engine.support.hierarchical.DefaultParallelExecutionConfigurationStrategy;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;

/**
 * Whether claims run concurrently, read the way Jupiter reads its own parallel execution but under the
 * {@code redshift.} prefix: {@value #ENABLED}, then {@value #CONFIG_PREFIX}{@code strategy} (dynamic, fixed or
 * custom) and that strategy's keys. {@value EngineSettings#PARALLELISM}{@code =N} is kept as a short form of
 * {@code enabled=true}, {@code strategy=fixed}, {@code fixed.parallelism=N}; when both are given the platform's keys
 * win.
 */
final class ParallelExecution {

    /** Turns concurrent execution of claims on ({@code true}) or off ({@code false}, the default). */
    static final String ENABLED = "redshift.execution.parallel.enabled";
    /** The prefix of the platform's strategy keys ({@code strategy}, {@code fixed.parallelism}, …). */
    static final String CONFIG_PREFIX = "redshift.execution.parallel.config.";
    private static final String STRATEGY = "strategy";

    private ParallelExecution() {
    }

    /** The pool's configuration, or empty when claims run one at a time; a bad value names its key. */
    static Optional<ParallelExecutionConfiguration> from(ConfigurationParameters p, int parallelismAlias) {
        Optional<String> enabled = p.get(ENABLED).map(String::trim).filter(v -> !v.isEmpty());
        if (enabled.isPresent() && !enabled.get().equalsIgnoreCase("true")
                && !enabled.get().equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(ENABLED + " must be true or false, got '" + enabled.get() + "'");
        }
        boolean on = enabled.map(Boolean::parseBoolean).orElse(parallelismAlias > 1);
        if (!on) {
            return Optional.empty();
        }
        ConfigurationParameters config = enabled.isPresent() ? new PrefixedConfigurationParameters(p, CONFIG_PREFIX)
                : new MapConfigurationParameters(Map.of(STRATEGY, "fixed",
                        DefaultParallelExecutionConfigurationStrategy.CONFIG_FIXED_PARALLELISM_PROPERTY_NAME,
                        Integer.toString(parallelismAlias)));
        String name = config.get(STRATEGY).map(s -> s.trim().toUpperCase(Locale.ROOT)).orElse("DYNAMIC");
        DefaultParallelExecutionConfigurationStrategy strategy;
        try {
            strategy = DefaultParallelExecutionConfigurationStrategy.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(CONFIG_PREFIX + STRATEGY + " must be dynamic, fixed or custom, got '"
                    + config.get(STRATEGY).orElse("") + "'");
        }
        try {
            return Optional.of(strategy.createConfiguration(config));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(CONFIG_PREFIX + ": " + e.getMessage(), e);
        }
    }
}
