package dev.redshift.train;

/**
 * One run's points, row-major ({@code points × inputs}), and targets.
 *
 * @param trainInputs training points
 * @param trainTargets their targets
 * @param testInputs test points
 * @param testTargets their targets
 * @param colorInputs the points of a task's second test set ({@code colored-digits}' color set), or null
 * @param colorTargets their targets, or null
 */
public record RunData(float[] trainInputs, float[] trainTargets, float[] testInputs, float[] testTargets,
        float[] colorInputs, float[] colorTargets) {

    /** A run of a task with one test set. */
    public RunData(float[] trainInputs, float[] trainTargets, float[] testInputs, float[] testTargets) {
        this(trainInputs, trainTargets, testInputs, testTargets, null, null);
    }

    public int trainPoints() {
        return trainTargets.length;
    }

    public int testPoints() {
        return testTargets.length;
    }

    /** The sets of points a run has (the color set only for tasks that define one). */
    public enum PointSet {
        TRAIN, TEST, COLOR
    }

    /** The points of a set, row-major; null for a color set the task lacks. */
    public float[] inputs(PointSet set) {
        return switch (set) {
            case TRAIN -> trainInputs;
            case TEST -> testInputs;
            case COLOR -> colorInputs;
        };
    }

    /** The targets of a set; null for a color set the task lacks. */
    public float[] targets(PointSet set) {
        return switch (set) {
            case TRAIN -> trainTargets;
            case TEST -> testTargets;
            case COLOR -> colorTargets;
        };
    }

    /** Points in a set, 0 for a color set the task lacks. */
    public int points(PointSet set) {
        float[] targets = targets(set);
        return targets == null ? 0 : targets.length;
    }
}
