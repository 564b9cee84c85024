package dev.redshift.measure.volume;

/**
 * The local volume of one network: the log prior mass along each of its K rays and what a report needs besides.
 *
 * @param dimension D, the network's parameter count
 * @param norm |w0|
 * @param sigma the prior's σ
 * @param radii r_i, possibly infinite
 * @param logMasses log G_i
 * @param dropped why the blog procedure drops the network (its values are then NaN), or null
 */
public record VolumeEstimate(int dimension, double norm, double sigma, double[] radii, double[] logMasses,
        String dropped) {

    /** mean_i log G_i. */
    public double meanLog() {
        if (dropped != null) {
            return Double.NaN;
        }
        double s = 0;
        for (double v : logMasses) {
            s += v;
        }
        return s / logMasses.length;
    }

    /** log mean_i G_i, computed without leaving log space. */
    public double logMeanExp() {
        if (dropped != null) {
            return Double.NaN;
        }
        double top = Double.NEGATIVE_INFINITY;
        for (double v : logMasses) {
            top = Math.max(top, v);
        }
        if (top == Double.NEGATIVE_INFINITY) {
            return top;
        }
        double s = 0;
        for (double v : logMasses) {
            s += Math.exp(v - top);
        }
        return top + Math.log(s / logMasses.length);
    }

    /** The chosen summary. */
    public double value(LocalVolumeOptions.Statistic statistic) {
        return statistic == LocalVolumeOptions.Statistic.MEAN_LOG ? meanLog() : logMeanExp();
    }

    /** mean_i log(r_i/|w0|) over the finite radii; NaN when none is finite. */
    public double meanLogRadius() {
        double s = 0;
        int n = 0;
        for (double r : radii) {
            if (r < Double.POSITIVE_INFINITY) {
                s += Math.log(r / norm);
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** The share of infinite radii. */
    public double infiniteFraction() {
        int n = 0;
        for (double r : radii) {
            n += r == Double.POSITIVE_INFINITY ? 1 : 0;
        }
        return (double) n / radii.length;
    }

    /**
     * Whether most radii lie beyond σ√D, where nearly all the prior's mass is: the value is then ≈ −D/(2·sigmaFactor²)
     * whatever the function, and cannot tell networks apart.
     */
    public boolean saturated() {
        double shell = sigma * Math.sqrt(dimension);
        int n = 0;
        for (double r : radii) {
            n += r > shell ? 1 : 0;
        }
        return 2 * n > radii.length;
    }
}
