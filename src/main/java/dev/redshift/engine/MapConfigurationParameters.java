package dev.redshift.engine;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Configuration parameters from a map, so that settings given elsewhere (the command line) are read exactly the
 * way the engine reads its launcher's.
 *
 * @param values setting keys to their raw text
 */
public record MapConfigurationParameters(Map<String, String> values) implements ConfigurationParameters {

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public Optional<Boolean> getBoolean(String key) {
        return get(key).map(Boolean::parseBoolean);
    }

    @Override
    @SuppressWarnings("deprecation")
    public int size() {
        return values.size();
    }

    @Override
    public Set<String> keySet() {
        return values.keySet();
    }
}
