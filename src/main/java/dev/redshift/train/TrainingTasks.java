package dev.redshift.train;

import dev.redshift.network.NamedRegistry;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every training task known by id: the built-in ones, then those registered through the service loader. */
public final class TrainingTasks {

    private static final NamedRegistry<TrainingTask> REGISTRY = new NamedRegistry<>("task",
            List.of(new ModuloTask(), new ImageTask(), new ColoredDigitsTask(), new ModAddTask(),
                    new FineTuneTask()), TrainingTask.class,
            TrainingTask::id);

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

    /**
     * The setup fitted to the networks it trains: a task of one family ({@code modadd}) trains that family only,
     * a family that has such a task trains on it only, and a task parameter the family also has (modadd's
     * {@code modulus}) takes the network's value when left at 0.
     *
     * @param family the network family's id
     * @param network the network's resolved parameters
     * @throws IllegalArgumentException naming what may go together
     */
    public static TrainingSetup fitted(TrainingSetup setup, String family, Map<String, Object> network) {
        TrainingTask task = setup.task();
        if (task.family() != null && !task.family().equals(family)) {
            throw new IllegalArgumentException("task " + task.id() + " trains network " + task.family()
                    + " only; got network " + family + " — use network: " + task.family());
        }
        if (task.family() == null) {
            List<String> own = ids().stream().filter(id -> family.equals(byId(id).family())).toList();
            if (!own.isEmpty()) {
                throw new IllegalArgumentException("network " + family + " trains on task " + String.join(" | ", own)
                        + " only; got task " + task.id());
            }
        }
        TrainingSetup out = setup;
        for (var p : task.parameters()) {
            Object given = setup.values().get(p.name());
            Object own = network.get(p.name());
            if (own == null || Objects.equals(given, own)) {
                continue;
            }
            if (given instanceof Integer i && i == 0) {
                out = out.with(p.name(), own);
            } else {
                throw new IllegalArgumentException("train." + p.name() + " " + given + " differs from the network's "
                        + p.name() + " " + own + " — leave it out: task " + task.id() + " takes the network's");
            }
        }
        return out;
    }

    /** The built-in ids, without those registered through the service loader. */
    public static List<String> builtInIds() {
        return REGISTRY.builtInIds();
    }
}
