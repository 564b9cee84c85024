package dev.redshift.report;

import dev.redshift.findings.Finding;
import dev.redshift.findings.FindingRegistry;
import dev.redshift.spec.ClaimPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The Allure labels that file a claim under the finding it tests, so that Allure's Behaviors tab counts findings
 * rather than claims: epic = whose statement it is (the paper's, the blog's, ours, or a negative control, which tests
 * the measure and counts for no finding), feature = the finding itself ("#14 · §3, Fig. 4 · …"), one per finding the
 * claim names.
 */
final class FindingLabels {

    /** The epic of a claim encoding one of the paper's findings. */
    static final String PAPER = "The paper's findings (Teney et al. 2024)";
    /** The epic of a claim encoding one of the blog's statements. */
    static final String BLOG = "The blog's statements (Jaburi & Belrose 2025)";
    /** The epic of an extension of Redshift's own. */
    static final String OURS = "Our extensions";
    /** The epic of a negative control. */
    static final String CONTROLS = "Negative controls (they test the measure)";

    /** How long a finding's words may run in its feature label before they are cut. */
    private static final int WORDS = 90;

    private final FindingRegistry registry;

    FindingLabels(FindingRegistry registry) {
        this.registry = registry;
    }

    /** A label: Allure's name and value. */
    record Label(String name, String value) {
    }

    /** The epic and feature labels of this claim, epics first, each distinct. */
    List<Label> of(ClaimPlan plan) {
        List<Label> epics = new ArrayList<>();
        List<Label> features = new ArrayList<>();
        if (plan.findings().isEmpty()) {
            if (plan.controls() != null) {
                epics.add(new Label("epic", CONTROLS));
                features.add(new Label("feature", "control of: " + plan.controls()));
            }
            return concat(epics, features);
        }
        for (String key : plan.findings()) {
            Label epic = new Label("epic", epicOf(key));
            if (!epics.contains(epic)) {
                epics.add(epic);
            }
            features.add(new Label("feature", featureOf(key)));
        }
        return concat(epics, features);
    }

    private static String epicOf(String key) {
        if (FindingRegistry.OURS.equals(key)) {
            return OURS;
        }
        return key.startsWith(FindingRegistry.BLOG_PREFIX) ? BLOG : PAPER;
    }

    private String featureOf(String key) {
        if (FindingRegistry.OURS.equals(key)) {
            return "our extension";
        }
        return registry.find(key).map(FindingLabels::title).orElse(key);
    }

    /** "#14 · §3, Fig. 4 · the finding's words", cut at a word before {@link #WORDS} characters. */
    static String title(Finding f) {
        String says = f.says().replaceAll("\\s+", " ").strip();
        if (says.length() > WORDS) {
            int cut = says.lastIndexOf(' ', WORDS);
            says = says.substring(0, cut > 0 ? cut : WORDS) + " …";
        }
        return (f.blog() ? f.id() : "#" + f.id()) + " · " + f.where() + " · " + says;
    }

    private static List<Label> concat(List<Label> a, List<Label> b) {
        List<Label> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
