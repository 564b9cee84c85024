package dev.redshift.network;

/** DESIGN §2's hidden layer written out in plain Java doubles, on the weights the sampler drew. */
final class ReferenceMlp {

    private ReferenceMlp() {
    }

    static double output(MlpNetworks.Config c, MlpNetworks.Weights w, int network, double[] input) {
        int[] dims = c.dims();
        double[] h = input;
        for (int l = 0; l < dims.length - 1; l++) {
            double[] z = affine(w.weights[l], w.biases[l], network, dims[l], dims[l + 1], h);
            if (l == dims.length - 2) {
                return z[0];
            }
            double[] u = c.layerNorm() ? normalise(z) : z;
            double[] next = new double[z.length];
            double[] gate = c.gating() ? affine(w.gateWeights[l], w.gateBiases[l], network, dims[l], dims[l + 1], h) : null;
            for (int k = 0; k < z.length; k++) {
                double a = c.activation().apply(c.prefactor() * u[k]);
                if (c.residual()) {
                    a += z[k];
                }
                if (gate != null) {
                    a *= 1 / (1 + Math.exp(-gate[k]));
                }
                next[k] = a;
            }
            h = next;
        }
        throw new AssertionError("unreachable");
    }

    private static double[] affine(float[] weights, float[] biases, int n, int in, int out, double[] h) {
        double[] z = new double[out];
        for (int o = 0; o < out; o++) {
            double s = biases[n * out + o];
            for (int i = 0; i < in; i++) {
                s += h[i] * weights[n * in * out + i * out + o];
            }
            z[o] = s;
        }
        return z;
    }

    private static double[] normalise(double[] z) {
        double mean = 0;
        for (double v : z) {
            mean += v;
        }
        mean /= z.length;
        double var = 0;
        for (double v : z) {
            var += (v - mean) * (v - mean);
        }
        var /= z.length;
        double[] out = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            out[k] = (z[k] - mean) / Math.sqrt(var + 1e-5);
        }
        return out;
    }
}
