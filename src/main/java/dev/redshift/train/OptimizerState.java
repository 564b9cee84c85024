package dev.redshift.train;

import ai.djl.ndarray.NDArray;
import ai.djl.training.optimizer.Optimizer;
import java.lang.reflect.Field;
import java.util.Map;

/**
 * Frees an optimiser's state arrays. DJL's optimisers detach their state (Adam's first and second moments) from
 * every NDManager so that a training loop's per-batch managers do not close it; nothing closes it later, so
 * each trained batch would leave two copies of its parameters in native memory. DJL offers no way to reach
 * the state, hence reflection over the optimiser's {@code Map} fields.
 */
final class OptimizerState {

    private OptimizerState() {
    }

    /** Closes every array the optimiser holds as state; it must not be used afterwards. */
    static void close(Optimizer optimizer) {
        for (Class<?> c = optimizer.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Map.class.isAssignableFrom(f.getType())) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    closeAll(f.get(optimizer));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // an optimiser laid out otherwise keeps its state: memory, not correctness
                }
            }
        }
    }

    private static void closeAll(Object value) {
        if (value instanceof NDArray array) {
            array.close();
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(OptimizerState::closeAll);
        }
    }
}
