package dev.redshift.train;

import dev.redshift.network.MlpNetworks;
import dev.redshift.network.StackedParameter;
import java.util.ArrayList;
import java.util.List;

/** One plain MLP (no layer norm, residual or gate) in doubles, with its training loss written out. */
final class ReferenceNetwork {

    private final MlpNetworks.Config config;
    private final List<double[]> parameters;
    private final List<long[]> shapes;

    private ReferenceNetwork(MlpNetworks.Config config, List<double[]> parameters, List<long[]> shapes) {
        this.config = config;
        this.parameters = parameters;
        this.shapes = shapes;
    }

    /** Network k of stacked parameters W1, b1, W2, b2, …. */
    static ReferenceNetwork of(MlpNetworks.Config config, List<StackedParameter> stacked, int k) {
        List<double[]> parameters = new ArrayList<>();
        List<long[]> shapes = new ArrayList<>();
        for (StackedParameter p : stacked) {
            float[] all = p.array().toFloatArray();
            int size = (int) p.sizePerNetwork();
            double[] mine = new double[size];
            for (int i = 0; i < size; i++) {
                mine[i] = all[k * size + i];
            }
            parameters.add(mine);
            shapes.add(p.array().getShape().slice(1).getShape());
        }
        return new ReferenceNetwork(config, parameters, shapes);
    }

    double output(float[] inputs, int point) {
        int in = (int) shapes.get(0)[0];
        double[] h = new double[in];
        for (int i = 0; i < in; i++) {
            h[i] = inputs[point * in + i];
        }
        int layers = parameters.size() / 2;
        for (int l = 0; l < layers; l++) {
            double[] w = parameters.get(2 * l);
            double[] b = parameters.get(2 * l + 1);
            int fanIn = (int) shapes.get(2 * l)[0];
            int fanOut = (int) shapes.get(2 * l)[1];
            double[] z = new double[fanOut];
            for (int o = 0; o < fanOut; o++) {
                double s = b[o];
                for (int i = 0; i < fanIn; i++) {
                    s += h[i] * w[i * fanOut + o];
                }
                z[o] = l == layers - 1 ? s : config.activation().apply(config.prefactor() * s);
            }
            h = z;
        }
        return h[0];
    }

    /** Mean over the run's training points of BCE on the logit, or of the squared error. */
    double loss(RunData run, boolean logit) {
        double sum = 0;
        for (int p = 0; p < run.trainPoints(); p++) {
            double z = output(run.trainInputs(), p);
            double y = run.trainTargets()[p];
            sum += logit ? Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0) - y * z : (z - y) * (z - y);
        }
        return sum / run.trainPoints();
    }

    /** d loss / d parameter[tensor][index] by central differences. */
    double finiteDifference(int tensor, int index, RunData run, boolean logit) {
        double h = 1e-5;
        double[] p = parameters.get(tensor);
        double keep = p[index];
        p[index] = keep + h;
        double up = loss(run, logit);
        p[index] = keep - h;
        double down = loss(run, logit);
        p[index] = keep;
        return (up - down) / (2 * h);
    }
}
