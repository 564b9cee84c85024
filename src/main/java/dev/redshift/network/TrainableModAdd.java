package dev.redshift.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code modadd} networks as the trainer sees them: the tensors of {@link ModAddNetworks}' flat vector, each
 * stacked (count, rows, cols) in the same order and with the same values, and a forward pass that autograd can
 * differentiate. An input point is a pair (a, b) given as two numbers; the pass one-hot encodes it, so
 * x1 = E_L[a] is onehot(a)·E_L. Outputs are the N logits of every point, shape (count, P, N).
 *
 * <p>It stays a sequence network (its answer table, the arg-max class of every pair, is its "sequence"), so a
 * trained modadd network is read as the untrained one is; its inputs are the pairs' two numbers.
 */
public final class TrainableModAdd implements TrainableNetworks, SequenceNetworks, ParameterVectorNetworks {

    private final ModAddNetworks networks;
    private final List<int[]> shapes;

    TrainableModAdd(ModAddNetworks networks) {
        this.networks = networks;
        this.shapes = networks.shapes();
    }

    /** N: the pairs' values run over 0..N−1. */
    public int modulus() {
        return networks.config().modulus();
    }

    /** The pair (a, b), two numbers per point. */
    @Override
    public int inputs() {
        return 2;
    }

    @Override
    public int sequenceLength() {
        return networks.sequenceLength();
    }

    @Override
    public List<StackedParameter> initialParameters(NDManager manager, long seed, long first, int count) {
        int d = networks.parameterCount();
        float[] all = new float[count * d];
        for (int k = 0; k < count; k++) {
            System.arraycopy(networks.parameters(seed, first + k), 0, all, k * d, d);
        }
        List<StackedParameter> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < shapes.size(); i++) {
            int rows = shapes.get(i)[0];
            int cols = shapes.get(i)[1];
            float[] values = new float[count * rows * cols];
            for (int k = 0; k < count; k++) {
                System.arraycopy(all, k * d + offset, values, k * rows * cols, rows * cols);
            }
            String name = name(i);
            boolean bias = name.startsWith("c") || name.startsWith("b");
            out.add(new StackedParameter(name, manager.create(values, new Shape(count, rows, cols)), !bias));
            offset += rows * cols;
        }
        return out;
    }

    /** E_L, E_R, W_L, W_R, W1, c1, …, U, b_U. */
    private String name(int i) {
        int last = shapes.size() - 1;
        if (i < 4) {
            return List.of("E_L", "E_R", "W_L", "W_R").get(i);
        }
        if (i >= last - 1) {
            return i == last ? "b_U" : "U";
        }
        int layer = (i - 4) / 2 + 1;
        return ((i - 4) % 2 == 0 ? "W" : "c") + layer;
    }

    @Override
    public NDArray forward(NDArray points, List<StackedParameter> parameters) {
        Activation phi = networks.config().activation();
        NDManager m = points.getManager();
        int p = 0;
        NDArray embedLeft = parameters.get(p++).array();
        NDArray embedRight = parameters.get(p++).array();
        NDArray weightLeft = parameters.get(p++).array();
        NDArray weightRight = parameters.get(p++).array();
        NDArray hidden;
        // onehot(a)·E_L·W_L + onehot(b)·E_R·W_R: the embeddings folded into the first layer, one matrix per side
        try (NDArray classes = m.arange(modulus()).toType(DataType.FLOAT32, false);
                NDArray a = oneHot(points, 0, classes); NDArray b = oneHot(points, 1, classes);
                NDArray left = embedLeft.matMul(weightLeft); NDArray right = embedRight.matMul(weightRight);
                NDArray za = a.matMul(left); NDArray zb = b.matMul(right); NDArray z = za.add(zb)) {
            hidden = phi.apply(z);
        }
        int extra = networks.config().depth();
        for (int k = 0; k < extra; k++) {
            NDArray w = parameters.get(p++).array();
            NDArray c = parameters.get(p++).array();
            try (NDArray previous = hidden; NDArray product = previous.matMul(w); NDArray z = product.add(c)) {
                hidden = phi.apply(z);
            }
        }
        NDArray u = parameters.get(p++).array();
        NDArray bias = parameters.get(p).array();
        try (NDArray last = hidden; NDArray product = last.matMul(u)) {
            return product.add(bias);
        }
    }

    /** The one-hot code of one coordinate of the points: (…, P, N) floats. */
    private static NDArray oneHot(NDArray points, int coordinate, NDArray classes) {
        try (NDArray values = points.get(new NDIndex("..., {}:{}", coordinate, coordinate + 1));
                NDArray equal = values.eq(classes)) {
            return equal.toType(DataType.FLOAT32, false);
        }
    }

    /** The answer tables, as the untrained family gives them. */
    @Override
    public float[] evaluate(NDManager manager, NDArray points, long seed, long first, int count) {
        return networks.evaluate(manager, points, seed, first, count);
    }

    @Override
    public long bytesPerNetwork(int points) {
        return networks.bytesPerNetwork(points);
    }

    @Override
    public int parameterCount() {
        return networks.parameterCount();
    }

    @Override
    public int outputsPerPoint() {
        return networks.outputsPerPoint();
    }

    @Override
    public int pointCount() {
        return networks.pointCount();
    }

    @Override
    public float[] parameters(long seed, long index) {
        return networks.parameters(seed, index);
    }

    @Override
    public NDArray outputs(NDArray flat) {
        return networks.outputs(flat);
    }
}
