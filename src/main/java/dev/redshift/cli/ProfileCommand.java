package dev.redshift.cli;

import dev.redshift.engine.ClaimDescriptor;
import dev.redshift.engine.ClaimObserver;
import dev.redshift.engine.ClaimOutcome;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.TorchRuntime;
import dev.redshift.report.ProfileHeatMap;
import dev.redshift.report.ProfileReport;
import dev.redshift.report.ReplicationReport;
import dev.redshift.spec.Profile;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code profile --network ID [--with k=v ...] [--report DIR]}: the standard characterisation of a family
 * ({@link Profile}) run as a spec through the engine, so its claims have the usual console lines, verdicts and
 * Allure results; then the Fig. 4 heat maps and the profile page, and one sentence per property on the console.
 * The spec it ran is kept as DIR/profile.yaml, so {@code check DIR/profile.yaml} reruns it.
 *
 * <p>Exit 0 when the profile ran (a FAIL is a finding about the architecture, not an error), 1 with
 * {@code --strict} when a claim failed, 2 on bad input or a claim that could not run.
 */
final class ProfileCommand {

    /** Networks per heat-map cell by default: 20 cells × 3 panels of 32 networks take seconds. */
    static final int HEAT_NETWORKS = 32;

    private final PrintStream out;
    private final PrintStream err;

    ProfileCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        List<String> rest = new ArrayList<>();
        Map<String, Object> with = new LinkedHashMap<>();
        for (int k = 1; k < args.length; k++) {
            if (args[k].equals("--with") || args[k].startsWith("--with=")) {
                String value = args[k].startsWith("--with=") ? args[k].substring(7)
                        : k + 1 < args.length ? args[++k] : null;
                if (value == null) {
                    throw new UsageException("profile: --with needs a value, e.g. --with activation=tanh");
                }
                parseWith(value, with);
            } else {
                rest.add(args[k]);
            }
        }
        rest.add(0, "profile");
        Arguments a = Arguments.parse("profile", rest.toArray(String[]::new), 1,
                Set.of("network", "report", "scale", "seed", "device", "confidence", "parallelism", "cache",
                        "junit-xml", "heat-networks", "executor", "spark-master"),
                Set.of("no-cache", "no-heat-map", "strict"));
        if (!a.positionals().isEmpty()) {
            throw new UsageException("profile: unexpected argument '" + a.positionals().get(0) + "'");
        }
        if (!a.has("network")) {
            throw new UsageException("profile: --network is required, e.g. --network mlp --with activation=tanh");
        }
        Profile profile;
        try {
            profile = Profile.of(a.text("network", null), with);
        } catch (IllegalArgumentException e) {
            throw new UsageException("profile: " + e.getMessage());
        }
        // the spec written to DIR resolves a relative path against DIR: its files are named absolutely there
        profile.family().parameters().stream()
                .filter(p -> p.type() == dev.redshift.network.Parameter.Type.FILE && with.containsKey(p.name()))
                .forEach(p -> with.put(p.name(), Path.of(String.valueOf(with.get(p.name())).strip()).toAbsolutePath()
                        .normalize().toString()));
        int heatNetworks = a.integer("heat-networks", HEAT_NETWORKS);
        if (heatNetworks < 1) {
            throw new UsageException("profile: --heat-networks must be at least 1 (or use --no-heat-map)");
        }
        Path dir = Path.of(a.text("report", "reports/profile"));
        OutputPaths.folder("profile", "report", dir, "allure-results", "allure-report");
        Path spec = dir.resolve("profile.yaml");
        write(spec, specText(profile, a.text("network", null), with));

        List<String> check = new ArrayList<>(List.of("check", spec.toString(), "--report", dir.toString(),
                "--no-figures"));
        // the profile's claims go wherever check sends them (--executor spark: the cluster); the heat map runs here
        for (String option : List.of("scale", "seed", "device", "confidence", "parallelism", "cache", "junit-xml",
                "executor", "spark-master")) {
            if (a.has(option)) {
                check.addAll(List.of("--" + option, a.text(option, null)));
            }
        }
        if (a.flag("no-cache")) {
            check.add("--no-cache");
        }
        out.println("profile of " + profile.label() + ": " + profile.entries().size() + " claims on "
                + profile.measure() + " (" + spec + ")");
        List<ClaimOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        ClaimObserver collecting = new ClaimObserver() {
            @Override
            public void claimFinished(ClaimDescriptor claim, ClaimOutcome outcome) {
                outcomes.add(outcome);
            }
        };
        int status = new CheckCommand(out, err, false, List.of(collecting)).run(check.toArray(String[]::new));

        ComputeDevice device = ComputeDevice.parse(a.text("device", "cpu"));
        ProfileHeatMap.Results heat = a.flag("no-heat-map") ? null
                : new ProfileHeatMap(heatNetworks, 64, SamplerOptions.defaults().withDevice(device), err)
                        .run(profile.label(), profile.family(), profile.with());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("command", "java -jar redshift.jar " + String.join(" ", java.util.Arrays.copyOfRange(args, 0,
                args.length)));
        facts.put("spec", spec.toString());
        facts.put("engine", TorchRuntime.describe(device));
        facts.put("made", ReplicationReport.now());
        ProfileReport report = new ProfileReport(profile, outcomes, heat, facts);
        Path page = report.write(dir);
        out.println("profile of " + profile.label() + ":");
        report.sentences().forEach(s -> out.println("  - " + s));
        out.println("profile page: " + page);
        if (status == Main.BAD_INPUT) {
            return Main.BAD_INPUT;
        }
        return a.flag("strict") ? status : Main.OK;
    }

    /** {@code k=v} or {@code k=v,k2=v2} into {@code with}. */
    private static void parseWith(String value, Map<String, Object> with) {
        for (String pair : value.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("profile: --with " + value + ": expected parameter=value, e.g. depth=6");
            }
            with.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
    }

    /** The spec the profile runs: {@code profile: ID} on defaults' {@code with}. */
    static String specText(Profile profile, String network, Map<String, Object> with) {
        String parameters = with.entrySet().stream().map(e -> quote(e.getKey()) + ": " + quote(String.valueOf(e.getValue())))
                .collect(Collectors.joining(", "));
        return "spec: " + quote("Profile of " + profile.label()) + "\n"
                + "source: " + quote("redshift profile --network " + network) + "\n"
                + "profile: " + quote(network) + "\n"
                + (with.isEmpty() ? "" : "defaults:\n  with: { " + parameters + " }\n");
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
