import dev.redshift.engine.ClaimOutcome;
import dev.redshift.engine.ClaimRunner;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.spec.ClaimEntry;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.Configuration;
import dev.redshift.spec.Seeds;
import dev.redshift.spec.SpecParser;
import dev.redshift.stats.SamplesBudget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The variance of the per-network differences a paired claim is decided on, against what independent draws would
 * give, on the battery's own claims (issue 28).
 *
 * <p>For every claim marked {@code paired: true} (every configuration on one seed) it draws N networks per
 * configuration and, for each pair of configurations the claim compares (i &lt; j), computes
 * var(x_i − x_j) / (var x_i + var x_j). Each configuration's networks have the same distribution with or without
 * pairing, so the denominator is, in expectation, the variance of the difference of independent draws: the ratio
 * is paired over unpaired variance, and 1/ratio is how many times fewer networks the same bound width takes. With
 * {@code --control} it also draws each claim once more on independent seeds (as without {@code paired}) and
 * reports the same ratio there, which should be about 1.
 *
 * <pre>
 * java -cp "target/redshift.jar:target/lib/*" bench/PairedVariance.java [--networks 32] [--control] SPEC...
 * </pre>
 */
public class PairedVariance {

    public static void main(String[] args) throws Exception {
        int networks = 32;
        boolean control = false;
        List<Path> specs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--networks" -> networks = Integer.parseInt(args[++i]);
                case "--control" -> control = true;
                default -> specs.add(Path.of(args[i]));
            }
        }
        ClaimRunner runner = new ClaimRunner(SamplerOptions.defaults());
        List<double[]> rows = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-8s %-8s %s%n", "paired", control ? "control" : "", "claim");
        for (Path spec : specs) {
            for (ClaimEntry entry : new SpecParser().parse(spec.toString(), Files.readString(spec)).claims()) {
                ClaimPlan plan = entry.plan();
                if (plan == null || !isPaired(plan)) {
                    continue;
                }
                SamplesBudget n = new SamplesBudget(networks, networks);
                double paired;
                try {
                    paired = ratio(runner.run(withBudget(plan, n, plan.configurations()), e -> { }));
                } catch (RuntimeException e) {
                    System.out.printf("%-17s %s / %s: %s%n", "not measured", spec.getFileName(), plan.name(),
                            e.getMessage());
                    continue;
                }
                double independent = Double.NaN;
                if (control && plan.summary() == null) {
                    List<Configuration> own = new ArrayList<>();
                    for (int c = 0; c < plan.configurations().size(); c++) {
                        Configuration k = plan.configurations().get(c);
                        own.add(new Configuration(k.label(), k.network(), k.parameters(),
                                Seeds.ofConfiguration(plan.seed(), c), k.training()));
                    }
                    independent = ratio(runner.run(withBudget(plan, n, own), e -> { }));
                }
                rows.add(new double[] {paired, independent});
                System.out.printf(Locale.ROOT, "%-8.3f %-8s %s / %s%n", paired,
                        Double.isNaN(independent) ? "" : String.format(Locale.ROOT, "%.3f", independent),
                        spec.getFileName(), plan.name());
            }
        }
        double[] p = rows.stream().mapToDouble(r -> r[0]).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] u = rows.stream().mapToDouble(r -> r[1]).filter(v -> !Double.isNaN(v)).sorted().toArray();
        System.out.printf(Locale.ROOT, "%d paired claims, %d networks per configuration: variance ratio paired/unpaired"
                + " median %.3f (quartiles %.3f to %.3f, range %.3f to %.3f)%n", p.length, networks, quantile(p, 0.5),
                quantile(p, 0.25), quantile(p, 0.75), p.length == 0 ? Double.NaN : p[0],
                p.length == 0 ? Double.NaN : p[p.length - 1]);
        if (u.length > 0) {
            System.out.printf(Locale.ROOT, "control, the same claims on independent seeds: median %.3f (quartiles %.3f"
                    + " to %.3f)%n", quantile(u, 0.5), quantile(u, 0.25), quantile(u, 0.75));
        }
    }

    /** Every configuration on one seed (and not checkpoints of trained runs, which share seeds by design). */
    static boolean isPaired(ClaimPlan plan) {
        List<Configuration> c = plan.configurations();
        return c.size() > 1 && c.stream().noneMatch(Configuration::trained)
                && c.stream().allMatch(k -> k.seed() == c.get(0).seed());
    }

    static ClaimPlan withBudget(ClaimPlan p, SamplesBudget budget, List<Configuration> configurations) {
        return new ClaimPlan(p.name(), p.spec(), p.source(), p.tags(), p.network(), p.varied(),
                List.copyOf(configurations), p.measures(), p.expectation(), p.confidence(), budget, p.seed(), p.grid(),
                p.position(), p.summary(), p.references(), p.controls(), p.findings());
    }

    /** The mean over compared pairs of var(a − b) / (var a + var b), on the networks every configuration has. */
    static double ratio(ClaimOutcome o) {
        int configurations = o.values().size();
        int n = o.values().get(0)[0].length;
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < configurations; i++) {
            for (int j = i + 1; j < configurations; j++) {
                List<double[]> ab = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    double a = o.values().get(i)[0][k];
                    double b = o.values().get(j)[0][k];
                    if (Double.isFinite(a) && Double.isFinite(b) && !o.nonFinite().get(i)[k]
                            && !o.nonFinite().get(j)[k]) {
                        ab.add(new double[] {a, b});
                    }
                }
                double va = variance(ab.stream().mapToDouble(x -> x[0]).toArray());
                double vb = variance(ab.stream().mapToDouble(x -> x[1]).toArray());
                double vd = variance(ab.stream().mapToDouble(x -> x[0] - x[1]).toArray());
                if (va + vb > 0) {
                    sum += vd / (va + vb);
                    pairs++;
                }
            }
        }
        return pairs == 0 ? Double.NaN : sum / pairs;
    }

    static double variance(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double mean = Arrays.stream(x).average().orElse(0);
        return Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1);
    }

    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double at = q * (sorted.length - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
    }
}
