package dev.redshift.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/** A user family, random planes f(x) = w·x + b, registered in META-INF/services to test the SPI. */
public final class PlaneFamily extends DeclaredFamily {

    public PlaneFamily() {
        super("plane", List.of(Parameter.integer("inputs", 2, 1, "input dimension")));
    }

    @Override
    public RandomNetworks create(NetworkParameters parameters) {
        int inputs = parameters.integer("inputs");
        return new RandomNetworks() {
            @Override
            public int inputs() {
                return inputs;
            }

            @Override
            public float[] evaluate(NDManager manager, NDArray points, long seed, long first, int count) {
                float[] w = new float[count * inputs];
                for (int n = 0; n < count; n++) {
                    NetworkRandom r = NetworkRandom.of(seed, first + n);
                    for (int d = 0; d < inputs; d++) {
                        w[n * inputs + d] = r.symmetric(1);
                    }
                }
                try (NDArray weights = manager.create(w, new Shape(count, inputs, 1));
                        NDArray y = points.matMul(weights)) {
                    return y.toFloatArray();
                }
            }

            @Override
            public long bytesPerNetwork(int points) {
                return points * 4L;
            }
        };
    }
}
