package dev.redshift.spark;

import dev.redshift.engine.ConfigurationProducers;
import dev.redshift.eval.NetworkSampler;
import dev.redshift.eval.SamplerOptions;
import dev.redshift.network.ComputeDevice;
import dev.redshift.network.TorchRuntime;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.Configuration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The producers an executor JVM has built, kept between tasks: building one (parsing the spec, starting PyTorch's
 * modules, loading a task's data) costs more than a short task. A task borrows a producer of its own, so tasks
 * running side by side in one JVM (local[N], or executors with several task slots) never share one; idle
 * producers beyond a few are closed, oldest first.
 */
final class ProducerPool {

    private static final int MAX_IDLE = 8;
    private static final Map<Key, Deque<NetworkSampler>> IDLE = new LinkedHashMap<>(16, 0.75f, true);
    private static int idle;

    private ProducerPool() {
    }

    /** What decides a producer: the claim's configuration and how it runs. */
    record Key(String path, int textHash, String text, String claim, int configuration, Long seedOverride,
            String device, int gpu, int threads) {
    }

    static Key key(WorkUnit u, int gpu, int threads) {
        return new Key(u.spec().path(), u.spec().text().hashCode(), u.spec().text(), u.claim(), u.configuration(),
                u.spec().seedOverride(), u.device(), gpu, threads);
    }

    /** An idle producer for the key, or a new one built from the unit's spec (on GPU {@code gpu} when it has one). */
    static NetworkSampler borrow(Key key, WorkUnit u) {
        synchronized (IDLE) {
            Deque<NetworkSampler> free = IDLE.get(key);
            if (free != null && !free.isEmpty()) {
                idle--;
                return free.pop();
            }
        }
        ClaimPlan plan = u.spec().plan(u.claim());
        Configuration c = plan.sampled().get(u.configuration());
        if (!c.label().equals(u.label()) || c.seed() != u.seed()) {
            throw new IllegalStateException("the executor built configuration " + u.configuration() + " of claim '"
                    + u.claim() + "' as '" + c.label() + "' (seed " + c.seed() + "), the driver as '" + u.label()
                    + "' (seed " + u.seed() + ")");
        }
        SamplerOptions options = SamplerOptions.defaults().withDevice(ComputeDevice.parse(u.device()))
                .withMeasureThreads(key.threads());
        return key.gpu() < 0 ? ConfigurationProducers.create(plan, u.configuration(), options)
                : TorchRuntime.onGpu(key.gpu(), () -> ConfigurationProducers.create(plan, u.configuration(), options));
    }

    /** Gives a producer back for the next task; the oldest idle one is closed when too many wait. */
    static void giveBack(Key key, NetworkSampler producer) {
        NetworkSampler evicted = null;
        synchronized (IDLE) {
            IDLE.computeIfAbsent(key, k -> new ArrayDeque<>()).push(producer);
            if (++idle > MAX_IDLE) {
                Iterator<Map.Entry<Key, Deque<NetworkSampler>>> it = IDLE.entrySet().iterator();
                Map.Entry<Key, Deque<NetworkSampler>> oldest = it.next();
                evicted = oldest.getValue().pollLast();
                if (oldest.getValue().isEmpty()) {
                    it.remove();
                }
                idle--;
            }
        }
        if (evicted != null) {
            evicted.close();
        }
    }
}
