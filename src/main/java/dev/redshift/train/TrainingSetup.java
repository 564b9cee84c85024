package dev.redshift.train;

import dev.redshift.network.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run is trained on and how: the task with its checked parameters, the number of full-batch Adam steps,
 * the learning rate and the decoupled weight decay. In a spec all of them sit in one {@code train:} block.
 *
 * @param task the task
 * @param values the task's parameters, every declared one present (given or default)
 * @param steps Adam steps, at least 1
 * @param learningRate Adam's learning rate, positive
 * @param weightDecay decoupled weight decay λ, as PyTorch's AdamW: before each step every parameter is multiplied
 *     by 1 − lr·λ; 0 (the default of every task but modadd) is plain Adam
 */
public record TrainingSetup(TrainingTask task, Map<String, Object> values, int steps, double learningRate,
        double weightDecay) {

    /** The key naming the task. */
    public static final String TASK = "task";
    /** The key of the number of steps. */
    public static final String STEPS = "steps";
    /** The key of the learning rate. */
    public static final String LEARNING_RATE = "lr";
    /** The key of the decoupled weight decay. */
    public static final String WEIGHT_DECAY = "weightDecay";

    public TrainingSetup {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("lr must be a positive number, got " + learningRate);
        }
        if (!(weightDecay >= 0) || !Double.isFinite(weightDecay)) {
            throw new IllegalArgumentException("weightDecay must be a number ≥ 0, got " + weightDecay);
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A setup without weight decay. */
    public TrainingSetup(TrainingTask task, Map<String, Object> values, int steps, double learningRate) {
        this(task, values, steps, learningRate, 0);
    }

    /** The same setup with one task parameter replaced (the modulus a network gives a modadd task). */
    public TrainingSetup with(String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.put(name, value);
        return new TrainingSetup(task, changed, steps, learningRate, weightDecay);
    }

    /**
     * Checks a {@code train:} block: {@code task} names the task, {@code steps} and {@code lr} the training,
     * every other key a parameter of the task.
     *
     * @throws IllegalArgumentException for an unknown task or key (naming the allowed ones) or a bad value
     */
    public static TrainingSetup resolve(Map<String, ?> raw) {
        Object taskId = raw.get(TASK);
        if (taskId == null) {
            throw new IllegalArgumentException("train needs task: one of " + String.join(", ", TrainingTasks.ids()));
        }
        TrainingTask task = TrainingTasks.byId(String.valueOf(taskId));
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : raw.keySet()) {
            if (!key.equals(TASK)) {
                checkKey(task, key);
            }
        }
        for (Parameter p : task.parameters()) {
            Object given = raw.get(p.name());
            values.put(p.name(), p.convert(given != null ? given : p.defaultValue()));
        }
        int steps = raw.containsKey(STEPS) ? (Integer) stepsParameter(task).convert(raw.get(STEPS)) : task.defaultSteps();
        double lr = raw.containsKey(LEARNING_RATE) ? (Double) lrParameter(task).convert(raw.get(LEARNING_RATE))
                : task.defaultLearningRate();
        double decay = raw.containsKey(WEIGHT_DECAY) ? (Double) decayParameter(task).convert(raw.get(WEIGHT_DECAY))
                : task.defaultWeightDecay();
        return new TrainingSetup(task, values, steps, lr, decay);
    }

    /**
     * Checks that {@code key} may stand in a {@code train:} block of {@code task}.
     *
     * @throws IllegalArgumentException naming the allowed keys
     */
    public static void checkKey(TrainingTask task, String key) {
        List<String> allowed = keys(task);
        if (!allowed.contains(key)) {
            throw new IllegalArgumentException("unknown key '" + key + "' of task " + task.id() + " — expected one of "
                    + String.join(", ", allowed));
        }
    }

    /**
     * Checks one value of a {@code train:} block (not {@code task}).
     *
     * @throws IllegalArgumentException saying what the key allows
     */
    public static void checkValue(TrainingTask task, String key, Object raw) {
        checkKey(task, key);
        if (key.equals(STEPS)) {
            stepsParameter(task).convert(raw);
        } else if (key.equals(LEARNING_RATE)) {
            Object lr = lrParameter(task).convert(raw);
            if (!((Double) lr > 0)) {
                throw new IllegalArgumentException("lr must be a positive number, got " + raw);
            }
        } else if (key.equals(WEIGHT_DECAY)) {
            decayParameter(task).convert(raw);
        } else if (!key.equals(TASK)) {
            task.parameters().stream().filter(p -> p.name().equals(key)).findFirst().orElseThrow().convert(raw);
        }
    }

    /** Every key a {@code train:} block of the task takes. */
    public static List<String> keys(TrainingTask task) {
        List<String> keys = new ArrayList<>(List.of(TASK));
        task.parameters().forEach(p -> keys.add(p.name()));
        keys.add(STEPS);
        keys.add(LEARNING_RATE);
        keys.add(WEIGHT_DECAY);
        return keys;
    }

    private static Parameter decayParameter(TrainingTask task) {
        return Parameter.number(WEIGHT_DECAY, task.defaultWeightDecay(), 0, "decoupled (AdamW) weight decay");
    }

    private static Parameter stepsParameter(TrainingTask task) {
        return Parameter.integer(STEPS, task.defaultSteps(), 1, "full-batch Adam steps");
    }

    private static Parameter lrParameter(TrainingTask task) {
        return Parameter.number(LEARNING_RATE, task.defaultLearningRate(), Double.NaN, "Adam's learning rate");
    }

    public int integer(String name) {
        return (Integer) get(name);
    }

    public double number(String name) {
        return (Double) get(name);
    }

    public String text(String name) {
        return (String) get(name);
    }

    /** The task's data. */
    public TaskData data() {
        return task.create(this);
    }

    /** task, its parameters, steps, lr and (when not 0) weightDecay, in that order. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(TASK, task.id());
        m.putAll(values);
        m.put(STEPS, steps);
        m.put(LEARNING_RATE, learningRate);
        if (weightDecay != 0) {
            m.put(WEIGHT_DECAY, weightDecay);
        }
        return m;
    }

    private Object get(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("task " + task.id() + " has no parameter '" + name + "'");
        }
        return v;
    }
}
