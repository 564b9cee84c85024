package dev.redshift.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;

/**
 * {@code random-tokens}: the chance baseline for sequence claims — uniformly random token ids, as long as a
 * prompt plus the decoded tokens, so a spec can claim "far more compressible than chance".
 */
public final class RandomTokensFamily extends DeclaredFamily {

    /** The family's id in specs. */
    public static final String ID = "random-tokens";

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.integer("vocab", 50257, 2, "tokens are uniform on 0..vocab−1"),
            Parameter.integer("tokens", 100, 1, "tokens after the one-token prompt"));

    public RandomTokensFamily() {
        super(ID, PARAMETERS);
    }

    @Override
    public RandomNetworks create(NetworkParameters p) {
        int vocab = p.integer("vocab");
        int length = p.integer("tokens") + 1;
        return new SequenceNetworks() {
            @Override
            public int sequenceLength() {
                return length;
            }

            @Override
            public float[] evaluate(NDManager manager, NDArray points, long seed, long first, int count) {
                float[] out = new float[count * length];
                for (int n = 0; n < count; n++) {
                    NetworkRandom r = NetworkRandom.of(seed, first + n);
                    for (int t = 0; t < length; t++) {
                        out[n * length + t] = r.nextInt(vocab);
                    }
                }
                return out;
            }

            @Override
            public long bytesPerNetwork(int points) {
                return (long) length * Float.BYTES;
            }
        };
    }
}
