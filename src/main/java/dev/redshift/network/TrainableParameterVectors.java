package dev.redshift.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Trainable networks (mlp, fourier-unbiased) seen as parameter vectors: w is their stacked parameters
 * flattened in {@link TrainableNetworks#initialParameters} order, and the outputs are their scalar function at
 * fixed points, one output per point.
 */
public final class TrainableParameterVectors implements ParameterVectorNetworks {

    private final TrainableNetworks networks;
    private final float[] points;
    private final int inputs;
    private final List<Shape> shapes = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Boolean> weightMatrices = new ArrayList<>();
    private final int parameterCount;

    /**
     * @param networks the configuration
     * @param points where the function is read, row-major (P × inputs)
     */
    public TrainableParameterVectors(TrainableNetworks networks, float[] points) {
        this.networks = networks;
        this.points = points.clone();
        this.inputs = networks.inputs();
        int count = 0;
        try (NDManager m = TorchRuntime.newManager(ComputeDevice.CPU)) {
            for (StackedParameter p : networks.initialParameters(m, 0, 0, 1)) {
                Shape s = p.array().getShape();
                shapes.add(s.slice(1));
                names.add(p.name());
                weightMatrices.add(p.weightMatrix());
                count += Math.toIntExact(p.sizePerNetwork());
            }
        }
        this.parameterCount = count;
    }

    @Override
    public int parameterCount() {
        return parameterCount;
    }

    @Override
    public int outputsPerPoint() {
        return 1;
    }

    @Override
    public int pointCount() {
        return points.length / inputs;
    }

    @Override
    public float[] parameters(long seed, long index) {
        float[] w = new float[parameterCount];
        int at = 0;
        try (NDManager m = TorchRuntime.newManager(ComputeDevice.CPU)) {
            for (StackedParameter p : networks.initialParameters(m, seed, index, 1)) {
                float[] values = p.array().toFloatArray();
                System.arraycopy(values, 0, w, at, values.length);
                at += values.length;
            }
        }
        return w;
    }

    @Override
    public NDArray outputs(NDArray flat) {
        long count = flat.getShape().get(0);
        List<StackedParameter> parameters = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < shapes.size(); i++) {
            long size = shapes.get(i).size();
            try (NDArray slice = flat.get(new NDIndex(":, {}:{}", at, at + size))) {
                parameters.add(new StackedParameter(names.get(i),
                        slice.reshape(new Shape(count).addAll(shapes.get(i))), weightMatrices.get(i)));
            }
            at += size;
        }
        try (NDArray x = flat.getManager().create(points, new Shape(pointCount(), inputs));
                NDArray y = networks.forward(x, parameters)) {
            return y.reshape(count, pointCount(), 1);
        } finally {
            parameters.forEach(p -> p.array().close());
        }
    }
}
