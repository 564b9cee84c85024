package dev.redshift.report;

import dev.redshift.engine.ClaimDescriptor;
import dev.redshift.engine.ClaimObserver;
import dev.redshift.engine.ClaimOutcome;
import dev.redshift.findings.FindingRegistry;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.Configuration;
import dev.redshift.spec.LevelSummary;
import dev.redshift.stats.Evidence;
import dev.redshift.stats.Numbers;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Enriches the Allure result of each claim: name, description, parameters, labels (suite = spec file,
 * epic and feature = the finding it tests, as {@link FindingLabels} files it; tags) and attachments (plot,
 * example functions, per-network CSV). It runs on the
 * thread that runs the claim, where Allure keeps the current test; without the Allure JUnit Platform
 * listener there is no current test and it does nothing.
 */
public final class AllureClaimObserver implements ClaimObserver {

    private static final FindingLabels FINDINGS = new FindingLabels(FindingRegistry.shipped());

    @Override
    public void claimFinished(ClaimDescriptor claim, ClaimOutcome outcome) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        if (lifecycle.getCurrentTestCase().isEmpty()) {
            return;
        }
        ClaimPlan plan = outcome.plan();
        Evidence e = outcome.evidence();
        byte[] plot = ClaimChart.png(outcome);
        lifecycle.updateTestCase(result -> {
            result.setName(plan.name());
            result.setDescription(description(plan, e));
            result.setDescriptionHtml(descriptionHtml(plan, e, plot));
            result.setParameters(parameters(plan, e));
            List<Label> labels = new ArrayList<>(result.getLabels().stream()
                    .filter(l -> !List.of("suite", "feature", "epic", "tag", "parentSuite", "subSuite")
                            .contains(l.getName()))
                    .toList());
            labels.add(new Label().setName("parentSuite").setValue("Neural Redshift replication"));
            labels.add(new Label().setName("suite").setValue(plan.position().file()));
            FINDINGS.of(plan).forEach(l -> labels.add(new Label().setName(l.name()).setValue(l.value())));
            plan.tags().forEach(t -> labels.add(new Label().setName("tag").setValue(t)));
            result.setLabels(labels);
        });
        attach(lifecycle, "complexity plot", "image/png", "png", plot);
        ExampleFunctions.png(outcome).ifPresent(png -> attach(lifecycle, "example functions", "image/png", "png", png));
        ColoredDigitInputs.png(outcome).ifPresent(png -> attach(lifecycle, "input images (digit | color column)",
                "image/png", "png", png));
        attach(lifecycle, "per-network values", "text/csv", "csv",
                ClaimCsv.of(outcome).getBytes(StandardCharsets.UTF_8));
        attach(lifecycle, "evidence", "text/plain", "txt", evidenceText(e).getBytes(StandardCharsets.UTF_8));
    }

    private static void attach(AllureLifecycle lifecycle, String name, String type, String extension, byte[] bytes) {
        lifecycle.addAttachment(name, type, extension, new ByteArrayInputStream(bytes));
    }

    private static String description(ClaimPlan plan, Evidence e) {
        return "**" + plan.name() + "**\n\n" + "Source: " + (plan.source().isBlank() ? "—" : plan.source())
                + " — " + plan.position() + "\n\n" + "Verdict: **" + e.verdict() + "** — " + e.sentence();
    }

    /** The description Allure shows first on a claim's page, with its plot inline so it is seen at once. */
    private static String descriptionHtml(ClaimPlan plan, Evidence e, byte[] plot) {
        return "<p><b>" + html(plan.name()) + "</b></p><p>Source: " + html(plan.source().isBlank() ? "—" : plan.source())
                + " — <code>" + html(plan.position().toString()) + "</code></p><p>Verdict: <b>" + e.verdict()
                + "</b> — " + html(e.sentence()) + "</p><img alt=\"complexity plot\" style=\"max-width:100%\" src=\""
                + "data:image/png;base64," + Base64.getEncoder().encodeToString(plot) + "\">";
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<Parameter> parameters(ClaimPlan plan, Evidence e) {
        List<Parameter> p = new ArrayList<>();
        p.add(new Parameter().setName("network").setValue(plan.configurations().stream().map(Configuration::network)
                .distinct().collect(Collectors.joining(", "))));
        // a module's content is part of what the claim is about: its hash tells versions of the file apart
        String files = plan.configurations().stream().flatMap(c -> c.parameters().asMap().values().stream())
                .filter(dev.redshift.network.ModuleFile.class::isInstance).map(String::valueOf).distinct()
                .collect(Collectors.joining(", "));
        if (!files.isEmpty()) {
            p.add(new Parameter().setName("module files").setValue(files));
        }
        p.add(new Parameter().setName("measure").setValue(String.join(", ", plan.measureNames())));
        p.add(new Parameter().setName("expectation").setValue(e.expectation()));
        if (plan.summary() instanceof LevelSummary s) {
            p.add(new Parameter().setName("per network").setValue(plan.valueLabel() + " at " + s.parameter()
                    + " = " + java.util.Arrays.stream(s.summary().levels()).mapToObj(Numbers::format)
                            .collect(Collectors.joining(", "))));
        } else if (plan.summary() != null) {
            p.add(new Parameter().setName("per sample").setValue(plan.valueLabel()));
        }
        if (plan.varied() != null) {
            p.add(new Parameter().setName("varied").setValue(plan.varied() + " = " + plan.configurations().stream()
                    .map(c -> String.valueOf(c.parameters().asMap().get(plan.varied()))).collect(Collectors.joining(", "))));
        } else {
            p.add(new Parameter().setName("configurations").setValue(plan.configurations().stream()
                    .map(Configuration::label).collect(Collectors.joining(" | "))));
        }
        p.add(new Parameter().setName("confidence").setValue(Numbers.format(plan.confidence())));
        p.add(new Parameter().setName("seed").setValue(String.valueOf(plan.seed())));
        p.add(new Parameter().setName("networks per configuration").setValue(
                String.valueOf(e.networksPerConfiguration())));
        return p;
    }

    static String evidenceText(Evidence e) {
        StringBuilder s = new StringBuilder();
        s.append(e.verdict()).append(": ").append(e.sentence()).append("\n\n");
        s.append("statistic: ").append(e.statistic()).append(" = ").append(Numbers.format(e.estimate()))
                .append(" (bounds ").append(Numbers.format(e.bounds().lower())).append(" to ")
                .append(Numbers.format(e.bounds().upper())).append(")\n");
        s.append("looks: ").append(e.looks()).append(", networks per configuration: ")
                .append(e.networksPerConfiguration()).append('\n');
        e.configurations().forEach(c -> s.append("  ").append(c.label()).append(": n ").append(c.summary().n())
                .append(", mean ").append(Numbers.format(c.summary().mean())).append(", sd ")
                .append(Numbers.format(c.summary().sd())).append(", bounds ").append(Numbers.format(c.bounds().lower()))
                .append(" to ").append(Numbers.format(c.bounds().upper())).append(c.leftOut()).append('\n'));
        return s.toString();
    }
}
