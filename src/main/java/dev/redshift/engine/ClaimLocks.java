package dev.redshift.engine;

import dev.redshift.cache.SampleKey;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.TorchRuntime;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.Configuration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.platform.engine.support.hierarchical.ExclusiveResource;
import org.junit.platform.engine.support.hierarchical.ExclusiveResource.LockMode;

/**
 * The exclusive resources of a claim, so that the platform's parallel executor never runs two claims that would
 * get in each other's way: one claim at a time on the GPU (a second would oversubscribe its memory), and one
 * claim at a time on a configuration of the sample cache (two would compute the same networks at once and write
 * them twice; the second waits and reads them). Claims on different configurations run side by side.
 */
final class ClaimLocks {

    /** The GPU, taken by every claim that may run on it. */
    static final String GPU = "redshift.device.gpu";
    /** Prefix of a cached configuration's lock; the rest is its {@link SampleKey#id()}. */
    static final String SAMPLES = "redshift.samples/";

    private ClaimLocks() {
    }

    /**
     * @param plan the claim's plan, or null when it cannot be built (it then fails alone, holding only the device)
     */
    static Set<ExclusiveResource> of(ClaimPlan plan, EngineSettings settings) {
        Set<ExclusiveResource> locks = new LinkedHashSet<>();
        if (mayUseGpu(settings.device())) {
            locks.add(new ExclusiveResource(GPU, LockMode.READ_WRITE));
        }
        if (plan != null && settings.cache() != null) {
            String device = settings.device().name().toLowerCase(Locale.ROOT);
            for (Configuration c : plan.sampled()) {
                locks.add(new ExclusiveResource(SAMPLES + SampleKey.of(c, plan, device).id(), LockMode.READ_WRITE));
            }
        }
        return locks;
    }

    /**
     * {@code auto} takes the GPU lock only where the PyTorch engine sees a GPU, so that on a machine without one
     * parallel claims are not serialised for nothing; asking loads the engine, which the run needs anyway.
     */
    private static boolean mayUseGpu(ComputeDevice device) {
        return switch (device) {
            case CPU -> false;
            case GPU -> true;
            case AUTO -> TorchRuntime.device(ComputeDevice.AUTO).isGpu();
        };
    }
}
