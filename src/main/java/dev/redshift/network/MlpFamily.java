package dev.redshift.network;

import java.util.List;

/** The {@code mlp} family of DESIGN §2: fully connected networks with uniform Glorot-scaled weights. */
public final class MlpFamily extends DeclaredFamily {

    /** The family's id in specs. */
    public static final String ID = "mlp";

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.activation("activation", "relu", "φ of every hidden layer"),
            Parameter.integer("depth", 3, 0, "number of hidden layers"),
            Parameter.integer("width", 64, 1, "units per hidden layer"),
            Parameter.number("weightScale", 1, 0, "multiplies the Glorot bound sqrt(6/(fan_in+fan_out))"),
            Parameter.number("biasScale", 1, 0, "biases are U(-1, 1) times this"),
            Parameter.number("prefactor", 1, Double.NaN, "φ is applied to prefactor·z"),
            Parameter.bool("layerNorm", false, "normalise z over the units before φ, no affine"),
            Parameter.bool("residual", false, "h' = z + φ(prefactor·z)"),
            Parameter.bool("gating", false, "multiply by sigmoid(W'h + b')"),
            Parameter.integer("inputs", 2, 1, "input dimension"),
            Parameter.choice("weightDistribution", WeightDistribution.UNIFORM.id(), WeightDistribution.ids(),
                    "how weights are drawn, each with the variance of U(-s, s)"));

    public MlpFamily() {
        super(ID, PARAMETERS);
    }

    /**
     * The most hidden layers an MLP may have: the layer list is allocated when networks are created, before the
     * sampler can weigh their memory, and a million layers is far beyond any experiment.
     */
    public static final int MAX_DEPTH = 1 << 20;

    @Override
    public RandomNetworks create(NetworkParameters p) {
        if (p.integer("depth") > MAX_DEPTH) {
            throw new IllegalArgumentException("depth " + p.integer("depth") + " exceeds the " + MAX_DEPTH
                    + " hidden layers an mlp may have");
        }
        return new MlpNetworks(new MlpNetworks.Config(
                p.activation("activation"), p.integer("depth"), p.integer("width"), p.number("weightScale"),
                p.number("biasScale"), p.number("prefactor"), p.bool("layerNorm"), p.bool("residual"),
                p.bool("gating"), p.integer("inputs"), WeightDistribution.parse(p.text("weightDistribution"))));
    }
}
