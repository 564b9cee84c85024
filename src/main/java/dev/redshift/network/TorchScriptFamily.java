package dev.redshift.network;

import java.util.List;
import java.util.Locale;

/**
 * The {@code torchscript} family: an architecture written in PyTorch and saved with {@code torch.jit.save}, a
 * module mapping a (points, inputs) tensor to (points, 1). Network k is the module with every parameter redrawn
 * from (seed, k) by DESIGN §2's rule, or the module as saved ({@code init: saved}).
 */
public final class TorchScriptFamily extends DeclaredFamily {

    /** The family's id in specs. */
    public static final String ID = "torchscript";

    /** {@code init}: parameters redrawn per network (DESIGN §2's rule). */
    public static final String INIT_RANDOM = "random";
    /** {@code init}: the module's own parameters, as saved (scaled by weightScale and biasScale). */
    public static final String INIT_SAVED = "saved";

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.file("file", "the TorchScript module (torch.jit.save), (points, inputs) → (points, 1)"),
            Parameter.text("init", INIT_RANDOM, "random: redraw every parameter from (seed, k); saved: keep the"
                    + " module's own"),
            Parameter.number("weightScale", 1, 0, "multiplies the Glorot bound sqrt(6/(fan_in+fan_out)) of every"
                    + " matrix (the saved matrices with init: saved)"),
            Parameter.number("biasScale", 1, 0, "vectors are U(-1, 1) times this (the saved vectors times this with"
                    + " init: saved)"),
            Parameter.integer("inputs", 2, 1, "input dimension the module takes"));

    public TorchScriptFamily() {
        super(ID, PARAMETERS);
    }

    @Override
    public RandomNetworks create(NetworkParameters p) {
        String init = p.text("init").strip().toLowerCase(Locale.ROOT);
        if (!init.equals(INIT_RANDOM) && !init.equals(INIT_SAVED)) {
            throw new IllegalArgumentException("unknown init '" + p.text("init") + "' — expected one of "
                    + INIT_RANDOM + ", " + INIT_SAVED);
        }
        return new TorchScriptNetworks(p.file("file"), init.equals(INIT_SAVED), p.number("weightScale"),
                p.number("biasScale"), p.integer("inputs"));
    }
}
