package dev.redshift.spec;

import dev.redshift.network.NetworkParameters;
import dev.redshift.train.TrainingSetup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The labels of a claim's configurations in verdicts and reports: what differs between them. */
final class ConfigurationLabels {

    private ConfigurationLabels() {
    }

    /** "weightScale 16" for levels; the parameters that differ for compared configurations. */
    static List<String> of(List<NetworkParameters> resolved, List<TrainingSetup> setups) {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (int c = 0; c < resolved.size(); c++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(ClaimBuilder.NETWORK_KEY, resolved.get(c).family());
            m.putAll(resolved.get(c).asMap());
            if (setups.get(c) != null) {
                setups.get(c).asMap().forEach((k, v) -> m.put(ClaimBuilder.TRAIN_PREFIX + k, v));
            }
            maps.add(m);
        }
        List<String> keys = new ArrayList<>();
        for (String key : maps.get(0).keySet()) {
            if (maps.stream().anyMatch(m -> !Objects.equals(m.get(key), maps.get(0).get(key)))) {
                keys.add(key);
            }
        }
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < maps.size(); c++) {
            Map<String, Object> m = maps.get(c);
            String label;
            if (keys.contains(ClaimBuilder.NETWORK_KEY)) {
                // different families share few parameters: name the family, and the activation if it has one
                label = m.get(ClaimBuilder.NETWORK_KEY) + (m.containsKey("activation") ? " " + m.get("activation") : "");
            } else {
                label = keys.isEmpty() ? "configuration " + (c + 1)
                        : String.join(", ", keys.stream().map(k -> k + " " + show(m.get(k))).toList());
            }
            labels.add(maps.size() == 1 ? describe(m) : label);
        }
        return labels;
    }

    private static String describe(Map<String, Object> m) {
        Object activation = m.get("activation");
        return activation != null ? String.valueOf(activation) : "the configuration";
    }

    /** A value as a label shows it: 16 for 16.0, on and off for booleans. */
    static String show(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(v).toLowerCase(Locale.ROOT).equals("true") ? "on"
                : String.valueOf(v).equals("false") ? "off" : String.valueOf(v);
    }
}
