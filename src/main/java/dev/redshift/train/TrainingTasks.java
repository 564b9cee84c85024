package dev.redshift.train;

import dev.redshift.network.NamedRegistry;
import java.util.List;

/** Every training task known by id: the built-in ones, then those registered through the service loader. */
public final class TrainingTasks {

    private static final NamedRegistry<TrainingTask> REGISTRY = new NamedRegistry<>("task",
            List.of(new ModuloTask(), new ImageTask(), new ColoredDigitsTask()), TrainingTask.class, TrainingTask::id);

    private TrainingTasks() {
    }

    /**
     * The task with this id.
     *
     * @throws IllegalArgumentException naming the known tasks
     */
    public static TrainingTask byId(String id) {
        return REGISTRY.byId(id);
    }

    /** Every known id. */
    public static List<String> ids() {
        return REGISTRY.ids();
    }
}
