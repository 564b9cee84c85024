package dev.redshift.report;

import dev.redshift.eval.LocalVolumeSampler;
import dev.redshift.measure.volume.LocalVolumeOptions;
import dev.redshift.measure.volume.VolumeEstimate;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.ModAddFamily;
import dev.redshift.network.ModAddNetworks;
import dev.redshift.network.NetworkParameters;
import dev.redshift.spec.Seeds;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Samples the blog's heat maps (Jaburi &amp; Belrose 2025: activation panels, depth × weight scale) of local
 * volumes of {@code modadd} networks, under the exact procedure and under the blog's, counting saturated and
 * dropped networks per cell. Seeds derive from each cell's description, so a rerun draws the same networks.
 */
public final class VolumeFigureSweep {

    /** The blog's activations. */
    public static final List<String> ACTIVATIONS = List.of("relu", "gelu", "tanh", "sigmoid", "gaussian");

    /**
     * How large a sweep: the network, directions, depths and weight scales.
     *
     * @param with the modadd parameters other than activation, depth and weightScale
     * @param directions K
     * @param depths rows of each panel
     * @param scales columns of each panel
     */
    public record Scale(Map<String, Object> with, int directions, List<Integer> depths, List<Double> scales) {

        /** The main job's: a small modadd (N 11, e 8, h 16), 20 directions, depth 1/3/5, four scales 10^−0.5 … 10^0.5. */
        public static final Scale CI = new Scale(Map.of("modulus", 11, "embed", 8, "width", 16), 20,
                List.of(1, 3, 5), List.of(Math.pow(10, -0.5), Math.pow(10, -1 / 6.0), Math.pow(10, 1 / 6.0),
                        Math.pow(10, 0.5)));
        /** The blog's: N 53, e 36, h 48, 100 directions, depth 1–5, six scales 10^−0.5 … 10^0.5. */
        public static final Scale BLOG = new Scale(Map.of("modulus", 53, "embed", 36, "width", 48), 100,
                List.of(1, 2, 3, 4, 5), List.of(Math.pow(10, -0.5), Math.pow(10, -0.3), Math.pow(10, -0.1),
                        Math.pow(10, 0.1), Math.pow(10, 0.3), Math.pow(10, 0.5)));

        /** One line for captions. */
        public String describe() {
            return "modadd " + with + ", " + directions + " directions, depths " + depths + ", weight scales "
                    + scales.stream().map(s -> String.format(Locale.ROOT, "%.3g", s)).toList();
        }
    }

    /**
     * One cell: both procedures on the same networks.
     *
     * @param parameters the configuration
     * @param dimension D
     * @param exactPerParameter mean over networks of mean-log ÷ D, exact procedure
     * @param saturated networks whose radii mostly lie beyond σ√D (exact procedure)
     * @param blogPerParameter mean over the networks the blog keeps of its mean-log ÷ D; NaN when it keeps none
     * @param dropped networks the blog's procedure drops
     * @param networks networks per cell
     */
    public record Cell(Map<String, Object> parameters, int dimension, double exactPerParameter, int saturated,
            double blogPerParameter, int dropped, int networks) {
    }

    /** Cells per activation, depth and weight scale. */
    public record Results(Scale scale, Cell[][][] cells, int networksPerCell) {
    }

    private final Scale scale;
    private final int networksPerCell;
    private final ComputeDevice device;
    private final PrintStream progress;

    public VolumeFigureSweep(Scale scale, int networksPerCell, ComputeDevice device, PrintStream progress) {
        this.scale = scale;
        this.networksPerCell = networksPerCell;
        this.device = device;
        this.progress = progress;
    }

    public Results run() {
        long start = System.nanoTime();
        Cell[][][] cells = new Cell[ACTIVATIONS.size()][scale.depths().size()][scale.scales().size()];
        int total = ACTIVATIONS.size() * scale.depths().size() * scale.scales().size();
        int done = 0;
        for (int a = 0; a < ACTIVATIONS.size(); a++) {
            for (int d = 0; d < scale.depths().size(); d++) {
                for (int w = 0; w < scale.scales().size(); w++) {
                    Map<String, Object> p = new LinkedHashMap<>(scale.with());
                    p.put("activation", ACTIVATIONS.get(a));
                    p.put("depth", scale.depths().get(d));
                    p.put("weightScale", scale.scales().get(w));
                    cells[a][d][w] = cell(p);
                    if (++done % 10 == 0 || done == total) {
                        double seconds = (System.nanoTime() - start) / 1e9;
                        progress.printf(Locale.ROOT, "[redshift] local-volume figures: %d/%d cells, about %.0f s left%n",
                                done, total, seconds / done * (total - done));
                    }
                }
            }
        }
        return new Results(scale, cells, networksPerCell);
    }

    private Cell cell(Map<String, Object> parameters) {
        ModAddFamily family = new ModAddFamily();
        NetworkParameters p = NetworkParameters.resolve(family, parameters, 64);
        ModAddNetworks networks = (ModAddNetworks) family.create(p);
        long seed = Seeds.of("local-volume figures", p.toString());
        LocalVolumeOptions exact = LocalVolumeOptions.DEFAULTS.withDirections(scale.directions());
        List<VolumeEstimate> ours = estimates(networks, exact, seed);
        List<VolumeEstimate> blog = estimates(networks, exact.withProcedure(LocalVolumeOptions.Procedure.BLOG), seed);
        int d = networks.parameterCount();
        double exactMean = ours.stream().mapToDouble(VolumeEstimate::meanLog).average().orElse(Double.NaN) / d;
        int saturated = (int) ours.stream().filter(VolumeEstimate::saturated).count();
        double blogMean = blog.stream().filter(e -> e.dropped() == null).mapToDouble(VolumeEstimate::meanLog)
                .average().orElse(Double.NaN) / d;
        int dropped = (int) blog.stream().filter(e -> e.dropped() != null).count();
        return new Cell(p.asMap(), d, exactMean, saturated, blogMean, dropped, networksPerCell);
    }

    private List<VolumeEstimate> estimates(ModAddNetworks networks, LocalVolumeOptions options, long seed) {
        LocalVolumeSampler sampler = new LocalVolumeSampler(networks, options, seed, device);
        try {
            return sampler.estimate(0, networksPerCell);
        } finally {
            sampler.close();
        }
    }
}
