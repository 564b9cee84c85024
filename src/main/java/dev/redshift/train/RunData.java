package dev.redshift.train;

/**
 * One run's points, row-major ({@code points × inputs}), and targets.
 *
 * @param trainInputs training points
 * @param trainTargets their targets
 * @param testInputs test points
 * @param testTargets their targets
 */
public record RunData(float[] trainInputs, float[] trainTargets, float[] testInputs, float[] testTargets) {

    public int trainPoints() {
        return trainTargets.length;
    }

    public int testPoints() {
        return testTargets.length;
    }
}
