package dev.redshift.network;

import java.util.List;

/**
 * The paper's unbiased model, {@code fourier-unbiased} (DESIGN §2): one hidden sine layer with a unit per
 * frequency vector k ∈ {0..K}^inputs \ {0}, fixed input weights π·k, random phases and random output weights.
 */
public final class FourierUnbiasedFamily extends DeclaredFamily {

    /** The family's id in specs. */
    public static final String ID = "fourier-unbiased";

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.integer("frequencies", 0, 0, "K, the largest frequency per axis; 0 means grid/2"),
            Parameter.number("weightScale", 1, 0, "multiplies the Glorot bound of the output weights"),
            Parameter.number("biasScale", 1, 0, "the output bias is U(-1, 1) times this"),
            Parameter.integer("inputs", 2, 1, "input dimension"));

    public FourierUnbiasedFamily() {
        super(ID, PARAMETERS);
    }

    @Override
    public RandomNetworks create(NetworkParameters p) {
        int k = p.integer("frequencies");
        return new FourierUnbiasedNetworks(k == 0 ? Math.max(1, p.grid() / 2) : k, p.integer("inputs"),
                p.number("weightScale"), p.number("biasScale"));
    }
}
