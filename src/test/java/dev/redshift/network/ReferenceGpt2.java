package dev.redshift.network;

/**
 * GPT-2's forward pass written out by hand in doubles, recomputing the whole prefix at every step with a
 * causal mask — no cache, no batching — to check the batched, cached decoder against.
 */
final class ReferenceGpt2 {

    private ReferenceGpt2() {
    }

    static long[] greedy(Gpt2Networks.Config c, Gpt2Networks.Weights w, int prompt) {
        long[] seq = new long[c.tokens() + 1];
        seq[0] = prompt;
        for (int t = 1; t <= c.tokens(); t++) {
            double[] logits = logits(c, w, java.util.Arrays.copyOf(seq, t));
            int best = 0;
            for (int v = 1; v < logits.length; v++) {
                if (logits[v] > logits[best]) {
                    best = v;
                }
            }
            seq[t] = best;
        }
        return seq;
    }

    /** Logits of the next token after {@code prefix}. */
    static double[] logits(Gpt2Networks.Config c, Gpt2Networks.Weights w, long[] prefix) {
        int n = prefix.length;
        int e = c.width();
        int h = c.heads();
        int d = e / h;
        double[][] x = new double[n][e];
        for (int t = 0; t < n; t++) {
            for (int k = 0; k < e; k++) {
                x[t][k] = w.wte[(int) prefix[t] * e + k] + w.wpe[t * e + k];
            }
        }
        for (int l = 0; l < c.depth(); l++) {
            double[][] qkv = new double[n][];
            for (int t = 0; t < n; t++) {
                qkv[t] = matvec(ln(x[t], c.lnScale()), w.attention[l], e, 3 * e);
            }
            double[][] attended = new double[n][e];
            for (int t = 0; t < n; t++) {
                for (int head = 0; head < h; head++) {
                    double[] score = new double[t + 1];
                    double max = Double.NEGATIVE_INFINITY;
                    for (int s = 0; s <= t; s++) {
                        double dot = 0;
                        for (int k = 0; k < d; k++) {
                            dot += qkv[t][head * d + k] * qkv[s][e + head * d + k];
                        }
                        score[s] = dot / Math.sqrt(d);
                        max = Math.max(max, score[s]);
                    }
                    double sum = 0;
                    for (int s = 0; s <= t; s++) {
                        score[s] = Math.exp(score[s] - max);
                        sum += score[s];
                    }
                    for (int s = 0; s <= t; s++) {
                        for (int k = 0; k < d; k++) {
                            attended[t][head * d + k] += score[s] / sum * qkv[s][2 * e + head * d + k];
                        }
                    }
                }
            }
            for (int t = 0; t < n; t++) {
                double[] proj = matvec(attended[t], w.attentionProjection[l], e, e);
                for (int k = 0; k < e; k++) {
                    x[t][k] += proj[k];
                }
                double[] hidden = matvec(ln(x[t], c.lnScale()), w.expansion[l], e, 4 * e);
                for (int k = 0; k < hidden.length; k++) {
                    hidden[k] = c.activation().apply(hidden[k]);
                }
                double[] out = matvec(hidden, w.projection[l], 4 * e, e);
                for (int k = 0; k < e; k++) {
                    x[t][k] += out[k];
                }
            }
        }
        double[] f = ln(x[n - 1], 1);
        double[] logits = new double[c.vocab()];
        for (int v = 0; v < c.vocab(); v++) {
            for (int k = 0; k < e; k++) {
                logits[v] += f[k] * w.wte[v * e + k];
            }
        }
        return logits;
    }

    private static double[] ln(double[] x, double gamma) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean);
        }
        var /= x.length;
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            y[k] = gamma * (x[k] - mean) / Math.sqrt(var + 1e-5);
        }
        return y;
    }

    /** x (in) times W (in × out, row-major). */
    private static double[] matvec(double[] x, float[] w, int in, int out) {
        double[] y = new double[out];
        for (int i = 0; i < in; i++) {
            for (int o = 0; o < out; o++) {
                y[o] += x[i] * w[i * out + o];
            }
        }
        return y;
    }
}
