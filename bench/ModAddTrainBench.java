import ai.djl.ndarray.NDManager;
import dev.redshift.eval.LocalVolumeSampler;
import dev.redshift.measure.volume.LocalVolumeOptions;
import dev.redshift.measure.volume.VolumeEstimate;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.ModAddNetworks;
import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.NetworkFamily;
import dev.redshift.network.NetworkParameters;
import dev.redshift.network.TorchRuntime;
import dev.redshift.network.TrainableModAdd;
import dev.redshift.train.TrainedParameterVectors;
import dev.redshift.train.Trainer;
import dev.redshift.train.TrainingSetup;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Training and checkpoint volumes of {@code modadd} (issue 18's training half): full-batch AdamW steps per
 * second over a batch of runs, then the local volume around each run's trained parameters.
 *
 * <pre>java -cp "target/classes:$(cat target/cp.txt)" bench/ModAddTrainBench.java \
 *     [modulus embed width activation runs steps lr weightDecay trainFraction directions device]</pre>
 *
 * Defaults: the blog's network (53, 36, 48, depth 1, relu), 8 runs × 1,000 steps, lr 0.001, weight decay 1,
 * 30% of the pairs training, 100 directions, cpu. Runs train as one batch (one tensor program), as a claim's do.
 */
public final class ModAddTrainBench {

    public static void main(String[] args) {
        String[] a = {"53", "36", "48", "relu", "8", "1000", "0.001", "1", "0.3", "100", "cpu"};
        System.arraycopy(args, 0, a, 0, Math.min(args.length, a.length));
        NetworkFamily family = NetworkFamilies.byId("modadd");
        TrainableModAdd networks = ((ModAddNetworks) family.create(NetworkParameters.resolve(family, Map.of(
                "modulus", Integer.parseInt(a[0]), "embed", Integer.parseInt(a[1]), "width", Integer.parseInt(a[2]),
                "activation", a[3]), 64))).trainable();
        int runs = Integer.parseInt(a[4]);
        TrainingSetup setup = TrainingSetup.resolve(Map.of("task", "modadd", "modulus", Integer.parseInt(a[0]),
                "steps", Integer.parseInt(a[5]), "lr", Double.parseDouble(a[6]), "weightDecay",
                Double.parseDouble(a[7]), "trainFraction", Double.parseDouble(a[8])));
        ComputeDevice device = ComputeDevice.parse(a[10]);
        Trainer trainer = new Trainer(networks, setup.data(), setup);
        try (NDManager warm = TorchRuntime.newManager(device)) {
            TrainingSetup one = TrainingSetup.resolve(Map.of("task", "modadd", "modulus", Integer.parseInt(a[0]),
                    "steps", 5));
            new Trainer(networks, one.data(), one).train(warm, 0, 0, 2, null, 0);
        }
        long start = System.nanoTime();
        try (NDManager manager = TorchRuntime.newManager(device)) {
            trainer.train(manager, 0, 0, runs, null, 0);
        }
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "modadd N=%s e=%s h=%s %s: D=%d, %d runs × %d steps (lr %s, weight decay %s,"
                + " trainFraction %s), %s%n", a[0], a[1], a[2], a[3], networks.parameterCount(), runs, setup.steps(),
                a[6], a[7], a[8], TorchRuntime.describe(device));
        System.out.printf(Locale.ROOT, "training: %.2f s, %.0f run-steps/s%n", trainSeconds,
                runs * (double) setup.steps() / trainSeconds);
        LocalVolumeOptions options = LocalVolumeOptions.DEFAULTS.withDirections(Integer.parseInt(a[9]));
        TrainedParameterVectors vectors = new TrainedParameterVectors(networks, networks, setup, device);
        for (int k = 0; k < runs; k++) {
            vectors.parameters(0, k); // trained before timing: the volumes alone below
        }
        LocalVolumeSampler sampler = new LocalVolumeSampler(vectors, options, 0, device);
        try {
            start = System.nanoTime();
            List<VolumeEstimate> estimates = sampler.estimate(0, runs);
            double seconds = (System.nanoTime() - start) / 1e9;
            double meanLog = estimates.stream().mapToDouble(VolumeEstimate::meanLog).average().orElse(Double.NaN);
            System.out.printf(Locale.ROOT, "checkpoint volumes: %d in %.2f s, %.3f volumes/s (%s directions), mean-log"
                    + " %.1f%n", runs, seconds, runs / seconds, a[9], meanLog);
        } finally {
            sampler.close();
        }
    }
}
