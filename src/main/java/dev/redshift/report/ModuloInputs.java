package dev.redshift.report;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.spec.Configuration;
import dev.redshift.stats.Evidence;
import dev.redshift.stats.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which number of inputs d of the modulo task reproduces Fig. 7's pattern. The paper does not state d and DESIGN
 * §8 fixes 2; the specs ask the same "best prefactor rises" question at d = 2 and d = 3, and this sentence puts
 * their verdicts side by side so that a reader of the report need not compare table rows.
 */
final class ModuloInputs {

    private static final String FIGURE = "fig7";
    private static final String PEAK = "peak";

    private ModuloInputs() {
    }

    /**
     * One sentence comparing the {@code peak} claims of Fig. 7 per d, or empty when the run has claims at one d
     * only (then there is nothing to compare).
     */
    static Optional<String> sentence(List<ClaimOutcome> outcomes) {
        Map<Integer, List<ClaimOutcome>> byInputs = outcomes.stream()
                .filter(o -> o.plan().tags().contains(FIGURE) && o.plan().tags().contains(PEAK))
                .filter(o -> inputs(o).isPresent())
                .collect(Collectors.groupingBy(o -> inputs(o).orElseThrow(), TreeMap::new, Collectors.toList()));
        if (byInputs.size() < 2) {
            return Optional.empty();
        }
        String perInputs = byInputs.entrySet().stream()
                .map(e -> "d = " + e.getKey() + ": " + e.getValue().stream().map(ModuloInputs::verdict)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        List<Integer> reproducing = byInputs.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(o -> o.evidence().verdict() == Verdict.PASS))
                .map(Map.Entry::getKey).toList();
        String which = reproducing.isEmpty() ? "neither d reproduces the rising peak at this budget"
                : reproducing.size() == byInputs.size() ? "every d reproduces it"
                : "only d = " + reproducing.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + " reproduces it";
        return Optional.of("Which d (the paper does not state it; DESIGN §8 fixes 2): " + which + " — " + perInputs
                + ".");
    }

    private static Optional<Integer> inputs(ClaimOutcome o) {
        List<Configuration> configurations = o.plan().configurations();
        if (configurations.isEmpty() || !configurations.get(0).trained()) {
            return Optional.empty();
        }
        Object d = configurations.get(0).training().values().get("d");
        return d instanceof Number n ? Optional.of(n.intValue()) : Optional.empty();
    }

    private static String verdict(ClaimOutcome o) {
        Evidence e = o.evidence();
        String activation = o.plan().configurations().get(0).parameters().asMap().getOrDefault("activation", "?")
                .toString();
        return String.format(Locale.ROOT, "%s %s (peak shift %.2f, 95%% bounds %.2f to %.2f, %d runs per point)",
                activation, e.verdict(), e.estimate(), e.bounds().lower(), e.bounds().upper(),
                e.networksPerConfiguration());
    }
}
