package dev.redshift.report;

import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.Parameter;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.Configuration;
import dev.redshift.spec.LevelSummary;
import dev.redshift.spec.PairSpread;
import dev.redshift.stats.Expectation;
import dev.redshift.stats.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A claim's encoding in one line of plain words — networks, what is compared, how networks become samples,
 * the measure, the expectation and the budget — so a reader can check it against the paper's sentence without
 * opening the YAML.
 */
final class ClaimEncoding {

    /** The tag of a negative control: a claim that should FAIL. */
    static final String CONTROL = dev.redshift.spec.ClaimBuilder.CONTROL_TAG;
    /** The tag of a claim of ours, not the paper's. */
    static final String EXTENSION = "extension";

    private ClaimEncoding() {
    }

    /**
     * "mlp (activation tanh, depth 3); weightScale 1 → 4 → 16; fourier; expect increasing (tolerance 5%);
     * 95%, 32–400 networks per configuration".
     */
    static String of(ClaimPlan p) {
        List<String> parts = new ArrayList<>();
        parts.add(networks(p));
        if (p.varied() != null) {
            parts.add(p.varied() + " " + p.configurations().stream()
                    .map(c -> show(c.parameters().asMap().get(p.varied()))).collect(Collectors.joining(" → ")));
        } else if (p.configurations().size() > 1) {
            parts.add((p.expectation().correlation() ? "pooled: " : "")
                    + p.configurations().stream().map(Configuration::label).collect(Collectors.joining(" vs ")));
        }
        if (p.summary() instanceof LevelSummary s) {
            parts.add("per network: " + p.valueLabel() + " over " + s.parameter() + " "
                    + Arrays.stream(s.summary().levels()).mapToObj(Numbers::format).collect(Collectors.joining(", ")));
        } else if (p.summary() instanceof PairSpread) {
            parts.add("per pair of networks: " + p.valueLabel());
        } else if (!p.readings().isEmpty()) {
            parts.add("under each reading: " + String.join(" | ", p.readings().stream()
                    .map(dev.redshift.stats.ReadingTests.Reading::label).toList()));
        } else {
            parts.add(String.join(" and ", p.measureNames()));
        }
        parts.add("expect " + expectation(p.expectation()));
        parts.add(Numbers.format(100 * p.confidence()) + "%" + (p.readings().size() > 1 ? " (split over "
                + p.readings().size() + " readings)" : "") + ", " + p.budget().min() + "–" + p.budget().max()
                + (p.budget().auto() ? " (more under a time budget)" : "") + " "
                + (p.summary() instanceof PairSpread ? "pairs" : "networks") + " per configuration");
        return String.join("; ", parts);
    }

    /** Whether the claim is the paper's (neither a control nor an extension of ours). */
    static boolean isPapers(ClaimPlan p) {
        return !p.tags().contains(CONTROL) && !p.tags().contains(EXTENSION);
    }

    /** The family and the parameters every configuration shares that differ from the family's defaults. */
    private static String networks(ClaimPlan p) {
        String families = p.configurations().stream().map(Configuration::network).distinct()
                .collect(Collectors.joining(" and "));
        if (p.configurations().stream().map(Configuration::network).distinct().count() > 1) {
            return families;
        }
        Map<String, Object> first = p.configurations().get(0).parameters().asMap();
        List<String> shared = new ArrayList<>();
        for (Parameter parameter : NetworkFamilies.byId(families).parameters()) {
            String key = parameter.name();
            Object value = first.get(key);
            boolean same = p.configurations().stream()
                    .allMatch(c -> Objects.equals(c.parameters().asMap().get(key), value));
            Object normal = parameter.convert(parameter.defaultValue());
            Object defaultValue = normal instanceof dev.redshift.network.Activation a ? a.id() : normal;
            if (same && !Objects.equals(value, defaultValue) && !key.equals(p.varied())) {
                shared.add(key + " " + show(value));
            }
        }
        return shared.isEmpty() ? families : families + " (" + String.join(", ", shared) + ")";
    }

    private static String expectation(Expectation e) {
        if (e instanceof Expectation.Invariant i) {
            return "invariant (margin " + i.margin() + ")";
        } else if (e instanceof Expectation.Trend t) {
            return t.id() + (t.strict() ? "" : " (tolerance " + t.tolerance() + ")");
        } else if (e instanceof Expectation.Ordered o) {
            return o.id() + (o.margin().value() > 0 ? " (margin " + o.margin() + ")" : "");
        } else if (e instanceof Expectation.Equivalent q) {
            return "equivalent (margin " + q.margin() + ")";
        } else if (e instanceof Expectation.Within w) {
            return "within [" + Numbers.format(w.lo()) + ", " + Numbers.format(w.hi()) + "]";
        } else if (e instanceof Expectation.Uncorrelated u) {
            return "Spearman correlation within ±" + Numbers.format(u.margin()) + " of 0";
        } else if (e instanceof Expectation.Fraction f) {
            return "fraction of networks whose last value is " + (f.increasing() ? "above" : "below")
                    + " their first > " + Numbers.format(f.p());
        }
        Expectation.Correlated c = (Expectation.Correlated) e;
        return c.negative() ? "Spearman correlation < −" + Numbers.format(c.r())
                : "Spearman correlation > " + Numbers.format(c.r());
    }

    private static String show(Object v) {
        if (v instanceof Double d) {
            return Numbers.format(d);
        }
        return v instanceof Boolean b ? (b ? "on" : "off") : String.valueOf(v);
    }
}
