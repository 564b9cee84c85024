package dev.redshift.network;

import java.util.List;
import java.util.Locale;

/**
 * The {@code gpt2} family (DESIGN §2): GPT-2 with GPT-2's default initialisation, decoding greedily from a
 * one-token prompt. {@code policy: fresh} draws new weights for every sequence (the paper's text);
 * {@code policy: per-seed} draws one model per seed that decodes prompts 0, 1, 2, … (the co-authors' code).
 */
public final class Gpt2Family extends DeclaredFamily {

    /** The family's id in specs. */
    public static final String ID = "gpt2";

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.integer("vocab", 50257, 2, "vocabulary size"),
            Parameter.integer("context", 1024, 2, "positions of the learned position embedding"),
            Parameter.integer("width", 768, 1, "embedding width"),
            Parameter.integer("heads", 12, 1, "attention heads; must divide width"),
            Parameter.integer("depth", 12, 1, "transformer blocks"),
            Parameter.activation("activation", "gelu", "φ of the MLP of every block"),
            Parameter.number("lnScale", 1, Double.NaN, "γ of ln_1 and ln_2 in every block"),
            Parameter.integer("tokens", 100, 1, "tokens decoded after the prompt"),
            Parameter.integer("prompts", 1000, 1, "prompts 0..prompts−1 cycle over the sequences of a seed"),
            Parameter.text("policy", "per-seed", "fresh (new weights per sequence) or per-seed (one model per seed)"));

    public Gpt2Family() {
        super(ID, PARAMETERS);
    }

    @Override
    public RandomNetworks create(NetworkParameters p) {
        int width = p.integer("width");
        int heads = p.integer("heads");
        if (width % heads != 0) {
            throw new IllegalArgumentException("heads (" + heads + ") must divide width (" + width + ")");
        }
        int tokens = p.integer("tokens");
        if (p.integer("context") < tokens + 1) {
            throw new IllegalArgumentException("context (" + p.integer("context") + ") must hold the prompt and "
                    + tokens + " tokens");
        }
        String policy = p.text("policy").trim().toLowerCase(Locale.ROOT);
        if (!policy.equals("fresh") && !policy.equals("per-seed")) {
            throw new IllegalArgumentException("policy must be fresh or per-seed, got '" + policy + "'");
        }
        return new Gpt2Networks(new Gpt2Networks.Config(p.integer("vocab"), p.integer("context"), width, heads,
                p.integer("depth"), p.activation("activation"), p.number("lnScale"), tokens, p.integer("prompts"),
                policy.equals("fresh")));
    }
}
