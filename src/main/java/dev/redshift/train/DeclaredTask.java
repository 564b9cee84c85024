package dev.redshift.train;

import dev.redshift.network.Parameter;
import java.util.List;

/**
 * A task that declares its id, parameters and training defaults up front; subclasses only say how to build
 * the task's data.
 */
public abstract class DeclaredTask implements TrainingTask {

    private final String id;
    private final List<Parameter> parameters;
    private final int defaultSteps;
    private final double defaultLearningRate;

    protected DeclaredTask(String id, List<Parameter> parameters, int defaultSteps, double defaultLearningRate) {
        this.id = id;
        this.parameters = List.copyOf(parameters);
        this.defaultSteps = defaultSteps;
        this.defaultLearningRate = defaultLearningRate;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public final int defaultSteps() {
        return defaultSteps;
    }

    @Override
    public final double defaultLearningRate() {
        return defaultLearningRate;
    }
}
