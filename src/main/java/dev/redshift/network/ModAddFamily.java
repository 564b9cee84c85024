package dev.redshift.network;

import java.util.List;

/**
 * The {@code modadd} family of DESIGN §9 (Jaburi &amp; Belrose 2025): the network of the blog that failed to
 * replicate Neural Redshift with local volumes, a small model of modular addition.
 */
public final class ModAddFamily extends DeclaredFamily {

    /** The family's id in specs. */
    public static final String ID = "modadd";

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.integer("modulus", 53, 2, "N: inputs are all pairs (a, b) of 0..N−1, N logits"),
            Parameter.integer("embed", 36, 1, "e: width of the two embeddings E_L, E_R (N×e)"),
            Parameter.integer("width", 48, 1, "h: width of the hidden layers"),
            Parameter.integer("depth", 1, 0, "extra hidden layers h ← φ(W h + c) after the first"),
            Parameter.activation("activation", "relu", "φ of every hidden layer"),
            Parameter.number("weightScale", 1, 0, "multiplies PyTorch's default bound 1/sqrt(fan_in), biases too"));

    /** The most extra layers: the layer list is allocated before memory is weighed. */
    public static final int MAX_DEPTH = 1 << 16;

    public ModAddFamily() {
        super(ID, PARAMETERS);
    }

    @Override
    public RandomNetworks create(NetworkParameters p) {
        if (p.integer("depth") > MAX_DEPTH) {
            throw new IllegalArgumentException("depth " + p.integer("depth") + " exceeds the " + MAX_DEPTH
                    + " layers a modadd network may have");
        }
        return new ModAddNetworks(new ModAddNetworks.Config(p.integer("modulus"), p.integer("embed"),
                p.integer("width"), p.integer("depth"), p.activation("activation"), p.number("weightScale")));
    }
}
