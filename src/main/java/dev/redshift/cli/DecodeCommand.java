package dev.redshift.cli;

import dev.redshift.eval.ComplexitySampler;
import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.Gpt2Family;
import dev.redshift.network.Gpt2Networks;
import dev.redshift.network.NetworkParameters;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code decode}: greedy decoding by untrained GPT-2 models, with its throughput in tokens and GFLOP per
 * second and the LZ complexity of the sequences. GPT-2 small by default.
 */
final class DecodeCommand {

    private static final Map<String, String> PARAMETERS = Map.of("vocab", "vocab", "context", "context",
            "width", "width", "heads", "heads", "depth", "depth", "activation", "activation", "ln-scale", "lnScale",
            "tokens", "tokens", "prompts", "prompts", "policy", "policy");

    private final PrintStream out;
    private final PrintStream err;

    DecodeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Set<String> valued = new java.util.HashSet<>(PARAMETERS.keySet());
        valued.addAll(Set.of("count", "seed", "batch", "device", "show"));
        Arguments a = Arguments.parse("decode", args, 1, valued, Set.of());
        int count = a.networkCount("count", 64);
        Map<String, Object> raw = new LinkedHashMap<>();
        PARAMETERS.forEach((option, parameter) -> {
            if (a.has(option)) {
                raw.put(parameter, a.text(option, null));
            }
        });
        Gpt2Family family = new Gpt2Family();
        NetworkParameters parameters = NetworkParameters.resolve(family, raw, 64);
        Gpt2Networks networks = (Gpt2Networks) family.create(parameters);
        long seed = a.longValue("seed", 0);
        EvaluationDomain domain = EvaluationDomain.of(networks, 64, seed);
        SamplerOptions options = SamplerOptions.defaults().withDevice(ComputeDevice.parse(a.text("device", "cpu")))
                .withBatchSize(a.integer("batch", 0));
        long start = System.nanoTime();
        MeasuredNetworks measured;
        float[] shown;
        int show = Math.min(count, a.integer("show", 3));
        try (ComplexitySampler sampler = sampler(networks, domain, seed, options)) {
            err.printf(Locale.ROOT, "decoding %d sequences in batches of %d…%n", count, sampler.batchSize());
            measured = sampler.measure(0, count, new ProgressLine(err, count));
            double seconds = (System.nanoTime() - start) / 1e9;
            shown = show > 0 ? sampler.evaluate(0, show) : new float[0];
            Gpt2Networks.Config c = networks.config();
            double tokens = (double) count * c.tokens();
            out.printf(Locale.ROOT, "decoded %d sequences × %d tokens of %s, seed %d: %.1f s, %.0f tokens/s, %.1f GFLOP/s%n",
                    count, c.tokens(), parameters, seed, seconds, tokens / seconds, flops(c) * count / seconds / 1e9);
        }
        out.printf(Locale.ROOT, "  lz   mean %.2f%n  lz76 mean %.2f%n", mean(measured.of("lz")), mean(measured.of("lz76")));
        int length = networks.sequenceLength();
        for (int k = 0; k < show; k++) {
            int[] tokens = new int[length];
            for (int t = 0; t < length; t++) {
                tokens[t] = (int) shown[k * length + t];
            }
            out.println("  " + Arrays.toString(tokens));
        }
        return Main.OK;
    }

    /** The sampler, or one line (exit 2) when the model does not fit the sampler's memory limit. */
    private static ComplexitySampler sampler(Gpt2Networks networks, EvaluationDomain domain, long seed,
            SamplerOptions options) {
        try {
            return new ComplexitySampler(networks, domain, List.of(MeasureCatalog.byName("lz", MeasureOptions.DEFAULTS),
                    MeasureCatalog.byName("lz76", MeasureOptions.DEFAULTS)), seed, options);
        } catch (IllegalArgumentException e) {
            throw new UsageException("decode: " + e.getMessage());
        }
    }

    /** Floating-point operations to decode one sequence: 24·C² per block, attention and the tied LM head. */
    static double flops(Gpt2Networks.Config c) {
        double perToken = 24.0 * c.width() * c.width() * c.depth() + 2.0 * c.width() * c.vocab();
        double attention = 0;
        for (int t = 0; t < c.tokens(); t++) {
            attention += 4.0 * (t + 1) * c.width() * c.depth();
        }
        return perToken * c.tokens() + attention;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).filter(x -> !Double.isNaN(x)).average().orElse(Double.NaN);
    }
}
