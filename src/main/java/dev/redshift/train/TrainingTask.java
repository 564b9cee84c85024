package dev.redshift.train;

import dev.redshift.network.Parameter;
import java.util.List;

/**
 * A task networks are trained on ({@code modulo}, {@code image}), usable by its id in specs and on the command
 * line.
 *
 * <p>Service-provider interface: list an implementation in
 * {@code META-INF/services/dev.redshift.train.TrainingTask} to add a task.
 */
public interface TrainingTask {

    /** The id used in specs ({@code modulo}). */
    String id();

    /** The task's own parameters, with defaults (the training ones, steps and lr, are common to all tasks). */
    List<Parameter> parameters();

    /** Steps when a spec or command gives none. */
    int defaultSteps();

    /** Learning rate when a spec or command gives none. */
    double defaultLearningRate();

    /**
     * The network family the task trains, when it trains one family only ({@code modadd}); null when any family
     * whose inputs match the task's will do.
     */
    default String family() {
        return null;
    }

    /** Decoupled weight decay when a spec or command gives none. */
    default double defaultWeightDecay() {
        return 0;
    }

    /**
     * The task's parameters whose levels are the same runs started differently ({@code finetune}'s
     * {@code pretrainSteps} and {@code shuffle}): a claim that varies one draws every level on one seed, as it
     * does the checkpoints of {@code train.steps}, so that the levels are compared run by run.
     */
    default List<String> sameRunKeys() {
        return List.of();
    }

    /** The task with the given, already checked, parameter values. */
    TaskData create(TrainingSetup setup);
}
