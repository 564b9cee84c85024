package dev.redshift.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * Networks of the unbiased model: f(x) = Σ_k w_k sin(π k·x + φ_k) + b over k ∈ {0..K}^d \ {0}, with phases
 * φ ~ U(−π, π), output weights ~ U(−s, s), s = weightScale·sqrt(6/(units + 1)), and b ~ U(−1, 1)·biasScale.
 * Per network the stream gives the phases, then the output weights, then the bias.
 */
public final class FourierUnbiasedNetworks implements TrainableNetworks {

    private final int inputs;
    private final double weightScale;
    private final double biasScale;
    private final float[] frequencies; // (inputs × units), π·k

    public FourierUnbiasedNetworks(int maxFrequency, int inputs, double weightScale, double biasScale) {
        this.inputs = inputs;
        this.weightScale = weightScale;
        this.biasScale = biasScale;
        long unitCount = (long) Math.pow(maxFrequency + 1, inputs) - 1;
        if (unitCount > 1 << 16) {
            throw new IllegalArgumentException("fourier-unbiased with K = " + maxFrequency + " and " + inputs
                    + " inputs has " + unitCount + " units; at most 65536 are supported");
        }
        int units = (int) unitCount;
        this.frequencies = new float[inputs * units];
        for (int u = 0; u < units; u++) {
            int code = u + 1; // skip k = 0
            for (int d = 0; d < inputs; d++) {
                frequencies[d * units + u] = (float) (Math.PI * (code % (maxFrequency + 1)));
                code /= maxFrequency + 1;
            }
        }
    }

    /** Number of hidden sine units. */
    public int units() {
        return frequencies.length / inputs;
    }

    @Override
    public int inputs() {
        return inputs;
    }

    @Override
    public long bytesPerNetwork(int points) {
        return (long) points * units() * Float.BYTES * 3;
    }

    @Override
    public NetworkFootprint footprint(long points) {
        long units = units();
        long java = NetworkFootprint.times(2 * units + 1, Float.BYTES);
        long frequencies = NetworkFootprint.times(inputs, units, Float.BYTES);
        return new NetworkFootprint(frequencies, frequencies, java,
                NetworkFootprint.plus(java, NetworkFootprint.times(points, units, Float.BYTES, 3)), units,
                "fourier-unbiased with " + units + " units");
    }

    /**
     * The phases (count, 1, units), output weights (count, units, 1) and output bias (count, 1, 1); the
     * frequencies π·k are fixed, not parameters.
     */
    @Override
    public List<StackedParameter> initialParameters(NDManager manager, long seed, long first, int count) {
        int units = units();
        float[] phases = new float[count * units];
        float[] outWeights = new float[count * units];
        float[] outBias = new float[count];
        double bound = weightScale * Math.sqrt(6.0 / (units + 1));
        for (int n = 0; n < count; n++) {
            NetworkRandom random = NetworkRandom.of(seed, first + n);
            for (int u = 0; u < units; u++) {
                phases[n * units + u] = (float) random.uniform(-Math.PI, Math.PI);
            }
            for (int u = 0; u < units; u++) {
                outWeights[n * units + u] = random.symmetric(bound);
            }
            outBias[n] = random.symmetric(biasScale);
        }
        return List.of(
                new StackedParameter("phase", manager.create(phases, new Shape(count, 1, units)), false),
                new StackedParameter("W", manager.create(outWeights, new Shape(count, units, 1)), true),
                new StackedParameter("b", manager.create(outBias, new Shape(count, 1, 1)), false));
    }

    @Override
    public NDArray forward(NDArray points, List<StackedParameter> parameters) {
        try (NDArray k = points.getManager().create(frequencies, new Shape(inputs, units()));
                NDArray angles = points.matMul(k);
                NDArray shifted = angles.add(parameters.get(0).array());
                NDArray hidden = shifted.sin();
                NDArray product = hidden.matMul(parameters.get(1).array());
                NDArray y = product.add(parameters.get(2).array())) {
            return y.squeeze(-1);
        }
    }
}
