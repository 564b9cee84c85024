import dev.redshift.eval.LocalVolumeSampler;
import dev.redshift.measure.volume.LocalVolumeOptions;
import dev.redshift.measure.volume.VolumeEstimate;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.ModAddNetworks;
import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.NetworkFamily;
import dev.redshift.network.NetworkParameters;
import dev.redshift.network.TorchRuntime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Volumes per second of the {@code local-volume} measure on {@code modadd}, to read beside
 * ../shared/bench/peer_volume.py at the same configuration, --rtol and float32 forward passes.
 *
 * <pre>java -cp "target/classes:$(cat target/cp.txt)" bench/VolumeBench.java \
 *     [modulus embed width depth activation weightScale epsilon directions nets rtol procedure device]</pre>
 *
 * Defaults: the blog's network (53, 36, 48, depth 1, relu, scale 1), ε 0.01, 100 directions, 4 networks,
 * rtol 1e-6, exact, cpu. The first network is measured once before timing (engine start, allocation).
 */
public final class VolumeBench {

    public static void main(String[] args) {
        String[] a = {"53", "36", "48", "1", "relu", "1", "0.01", "100", "4", "1e-6", "exact", "cpu"};
        System.arraycopy(args, 0, a, 0, Math.min(args.length, a.length));
        NetworkFamily family = NetworkFamilies.byId("modadd");
        ModAddNetworks networks = (ModAddNetworks) family.create(NetworkParameters.resolve(family, Map.of(
                "modulus", Integer.parseInt(a[0]), "embed", Integer.parseInt(a[1]), "width", Integer.parseInt(a[2]),
                "depth", Integer.parseInt(a[3]), "activation", a[4], "weightScale", Double.parseDouble(a[5])), 64));
        LocalVolumeOptions options = LocalVolumeOptions.DEFAULTS.withEpsilon(Double.parseDouble(a[6]))
                .withDirections(Integer.parseInt(a[7])).withRtol(Double.parseDouble(a[9]))
                .withProcedure(LocalVolumeOptions.Procedure.parse(a[10]));
        int nets = Integer.parseInt(a[8]);
        ComputeDevice device = ComputeDevice.parse(a[11]);
        LocalVolumeSampler sampler = new LocalVolumeSampler(networks, options, 0, device);
        try {
            sampler.estimate(1_000_000, 1);
            long rowsBefore = sampler.rowsEvaluated();
            long start = System.nanoTime();
            List<VolumeEstimate> estimates = sampler.estimate(0, nets);
            double seconds = (System.nanoTime() - start) / 1e9;
            double meanLog = estimates.stream().mapToDouble(VolumeEstimate::meanLog).average().orElse(Double.NaN);
            double lme = estimates.stream().mapToDouble(VolumeEstimate::logMeanExp).average().orElse(Double.NaN);
            long dropped = estimates.stream().filter(e -> e.dropped() != null).count();
            System.out.printf(Locale.ROOT, "modadd N=%s e=%s h=%s depth=%s %s x%s: D=%d, %s directions, eps %s, rtol %s,"
                    + " %s, %s%n", a[0], a[1], a[2], a[3], a[4], a[5], networks.parameterCount(), a[7], a[6], a[9],
                    a[10], TorchRuntime.describe(device));
            System.out.printf(Locale.ROOT, "mean-log %.2f, log-mean-exp %.2f over %d networks (%d dropped)%n", meanLog,
                    lme, nets, dropped);
            double rows = (double) (sampler.rowsEvaluated() - rowsBefore) / nets;
            System.out.printf(Locale.ROOT, "%d networks in %.2f s: %.3f volumes/s; %.0f forward passes of one"
                    + " parameter vector per volume (%.1f per direction)%n", nets, seconds, nets / seconds, rows,
                    rows / options.directions());
        } finally {
            sampler.close();
        }
    }
}
