package dev.redshift.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Networks of the {@code torchscript} family. Network k of seed s is the module with every parameter, in the
 * order of {@code named_parameters()} and each tensor in row-major order, drawn from
 * {@link NetworkRandom#of(long, long) NetworkRandom.of(s, k)} by DESIGN §2's rule: a matrix (two or more
 * dimensions, fan-in and fan-out as PyTorch counts them: size(1) and size(0) times the receptive field)
 * U(−s, s) with s = weightScale · sqrt(6 / (fan_in + fan_out)); a vector or scalar U(−1, 1) · biasScale.
 * With {@code init: saved} every network is the saved module, matrices times weightScale and vectors times
 * biasScale.
 *
 * <p>A module is an opaque program, so networks are evaluated one at a time (what is batched is the drawing and
 * the measuring around it); each sampler worker borrows its own loaded copy.
 */
public final class TorchScriptNetworks implements RandomNetworks {

    /** Points of the probe that checks the module's shapes when the networks are created. */
    private static final int PROBE_POINTS = 3;

    private final ModuleFile file;
    private final boolean saved;
    private final double weightScale;
    private final double biasScale;
    private final int inputs;
    private final List<Shape> shapes;

    /**
     * Loads the module and checks that it maps (points, inputs) to (points, 1).
     *
     * @throws IllegalArgumentException naming the file and what was expected when it cannot be loaded or has
     *     the wrong shapes
     */
    public TorchScriptNetworks(ModuleFile file, boolean saved, double weightScale, double biasScale, int inputs) {
        this.file = file;
        this.saved = saved;
        this.weightScale = weightScale;
        this.biasScale = biasScale;
        this.inputs = inputs;
        TorchScriptModule module = TorchScriptModule.borrow(file);
        try (NDManager probe = TorchRuntime.newManager(ComputeDevice.CPU);
                NDArray x = probe.zeros(new Shape(PROBE_POINTS, inputs))) {
            this.shapes = module.shapes();
            module.forward(x, values(module, 0, 0));
        } finally {
            module.release();
        }
    }

    @Override
    public int inputs() {
        return inputs;
    }

    /** The shapes of the module's parameters, in the order they are drawn. */
    public List<Shape> parameterShapes() {
        return shapes;
    }

    @Override
    public float[] evaluate(NDManager manager, NDArray points, long seed, long first, int count) {
        int p = (int) points.getShape().get(0);
        float[] out = new float[count * p];
        // the module runs on the CPU copy it was loaded on; points move there when the sampler is elsewhere
        NDArray x = points.getDevice().equals(ai.djl.Device.cpu()) ? points : points.toDevice(ai.djl.Device.cpu(), true);
        TorchScriptModule module = TorchScriptModule.borrow(file);
        try {
            for (int n = 0; n < count; n++) {
                float[] y = module.forward(x, values(module, seed, first + n));
                System.arraycopy(y, 0, out, n * p, p);
            }
        } finally {
            module.release();
        }
        return out;
    }

    /** The parameter values of network {@code index}, in the module's order. */
    List<float[]> values(TorchScriptModule module, long seed, long index) {
        List<float[]> values = new ArrayList<>(shapes.size());
        NetworkRandom random = NetworkRandom.of(seed, index);
        for (int i = 0; i < shapes.size(); i++) {
            Shape shape = shapes.get(i);
            boolean matrix = shape.dimension() >= 2;
            float[] v;
            if (saved) {
                v = module.saved(i).clone();
                float scale = (float) (matrix ? weightScale : biasScale);
                for (int k = 0; k < v.length; k++) {
                    v[k] *= scale;
                }
            } else {
                v = new float[Math.toIntExact(shape.size())];
                double bound = matrix ? weightScale * Math.sqrt(6.0 / (fanIn(shape) + fanOut(shape))) : biasScale;
                for (int k = 0; k < v.length; k++) {
                    v[k] = random.symmetric(bound);
                }
            }
            values.add(v);
        }
        return values;
    }

    /** PyTorch's fan-in of a weight tensor: size(1) times the receptive field. */
    static long fanIn(Shape shape) {
        return shape.get(1) * receptiveField(shape);
    }

    /** PyTorch's fan-out of a weight tensor: size(0) times the receptive field. */
    static long fanOut(Shape shape) {
        return shape.get(0) * receptiveField(shape);
    }

    private static long receptiveField(Shape shape) {
        long r = 1;
        for (int d = 2; d < shape.dimension(); d++) {
            r *= shape.get(d);
        }
        return r;
    }

    @Override
    public long bytesPerNetwork(int points) {
        // unknown activations; a default MLP's (64 units, a few live tensors) sizes batches of a few networks
        return (long) points * 64 * Float.BYTES * 4;
    }

    @Override
    public NetworkFootprint footprint(long points) {
        long weights = shapes.stream().mapToLong(Shape::size).sum() * Float.BYTES;
        return new NetworkFootprint(0, 0, weights, weights + bytesPerNetwork((int) Math.min(points,
                Integer.MAX_VALUE)), 0, "torchscript module " + file.path());
    }
}
