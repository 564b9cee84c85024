package dev.redshift.spec;

import dev.redshift.network.ModuleFile;
import dev.redshift.network.NetworkFamilies;
import dev.redshift.network.NetworkFamily;
import dev.redshift.network.NetworkParameters;
import dev.redshift.network.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard characterisation of a network family (issue 12): Table 1's properties as claims, each one the
 * family has a parameter for, and its sensitivity to weight scale and depth against ReLU and tanh MLPs of the
 * same width and depth. A spec's {@code profile: ID} and the {@code profile} verb both run these claims.
 *
 * <p>Every claim carries the tags {@value #TAG}, its property ({@code weight-scale}, {@code depth}, …) and its
 * role ({@code invariance}, {@code like-relu}, {@code like-tanh}, {@code effect}), which is how a report finds
 * them again.
 */
public final class Profile {

    /** The tag of every profile claim. */
    public static final String TAG = "profile";

    /** Weight scales of the invariance and sensitivity claims. */
    public static final List<Double> WEIGHT_SCALES = List.of(1.0, 4.0, 16.0);
    /** Depths of the depth claims, at weight scale {@value #DEPTH_WEIGHT_SCALE}. */
    public static final List<Integer> DEPTHS = List.of(1, 2, 4, 8);
    /** The weight scale depth is varied at, unless the profile sets one: at 1 tanh's depth effect is nil. */
    public static final double DEPTH_WEIGHT_SCALE = 4;
    public static final List<Integer> WIDTHS = List.of(16, 64, 128);
    public static final List<Double> BIAS_SCALES = List.of(0.5, 1.0, 2.0);
    /** The weight scale at which layer norm and residual connections are compared (Table 1's claims use 8). */
    public static final double EFFECT_WEIGHT_SCALE = 8;
    /** The invariance margin, as Table 1's invariance claims have it. */
    public static final String INVARIANCE_MARGIN = "10%";
    public static final int MIN_SAMPLES = 32;
    public static final int MAX_SAMPLES = 200;

    /** The properties, in report order. */
    public enum Property {
        WEIGHT_SCALE("weight-scale", "weightScale", "weight scale"),
        DEPTH("depth", "depth", "depth"),
        WIDTH("width", "width", "width"),
        BIAS_SCALE("bias-scale", "biasScale", "bias scale"),
        LAYER_NORM("layer-norm", "layerNorm", "layer norm"),
        RESIDUAL("residual", "residual", "residual connections");

        private final String tag;
        private final String parameter;
        private final String words;

        Property(String tag, String parameter, String words) {
            this.tag = tag;
            this.parameter = parameter;
            this.words = words;
        }

        public String tag() {
            return tag;
        }

        /** The family parameter it is about. */
        public String parameter() {
            return parameter;
        }

        /** How it reads in a sentence. */
        public String words() {
            return words;
        }
    }

    /** What a claim of the profile says about its property. */
    public enum Role {
        /** complexity does not change with the property (within the margin) */
        INVARIANCE("invariance"),
        /** per-network sensitivity to the property equivalent to a ReLU MLP's */
        LIKE_RELU("like-relu"),
        /** the same against a tanh MLP */
        LIKE_TANH("like-tanh"),
        /** switching the component on lowers complexity (Table 1) */
        EFFECT("effect");

        private final String tag;

        Role(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    /** One claim of a profile, with the property and role it stands for. */
    public record Entry(Property property, Role role, ClaimBuilder claim) {
    }

    private final NetworkFamily family;
    private final Map<String, Object> with;
    private final String label;
    private final String measure;
    private final double slopeMargin;

    private Profile(NetworkFamily family, Map<String, Object> with) {
        this.family = family;
        this.with = new LinkedHashMap<>(with);
        NetworkParameters resolved = NetworkParameters.resolve(family, with, ClaimBuilder.DEFAULT_GRID);
        this.label = label(resolved);
        boolean plane = !has("inputs") || resolved.integer("inputs") == 2;
        // Fourier is the paper's measure on the 2-D grid; higher-dimensional inputs are read along a traversal
        this.measure = plane ? "fourier" : "lz";
        // a third of the gap between a tanh and a ReLU MLP's slope against ln weight scale (≈ 1.5 vs 0.1 Fourier
        // units per e-fold, ≈ 120 vs 20 LZ phrases at depth 3, width 64)
        this.slopeMargin = plane ? 0.5 : 25;
    }

    /**
     * The profile of {@code familyId} with the given base parameters.
     *
     * @throws IllegalArgumentException for an unknown family or parameter, or a bad value
     */
    public static Profile of(String familyId, Map<String, ?> with) {
        NetworkFamily family = NetworkFamilies.byId(familyId);
        if (family.parameters().stream().map(Parameter::name).noneMatch("weightScale"::equals)) {
            // Table 1's properties are about functions drawn with DESIGN §2's weights; gpt2 decodes tokens
            throw new IllegalArgumentException("network " + familyId + " has no weightScale parameter — a profile"
                    + " characterises families drawn by DESIGN §2's rule (mlp, fourier-unbiased, torchscript, or an"
                    + " SPI family with weightScale)");
        }
        return new Profile(family, new LinkedHashMap<>(with));
    }

    /** How the profiled networks read in claim names: the family, and its activation or module file. */
    public String label() {
        return label;
    }

    /** The measure every claim uses. */
    public String measure() {
        return measure;
    }

    /** The family profiled. */
    public NetworkFamily family() {
        return family;
    }

    /** The base parameters given. */
    public Map<String, Object> with() {
        return Map.copyOf(with);
    }

    /** The properties this family has a parameter for. */
    public List<Property> properties() {
        return java.util.Arrays.stream(Property.values()).filter(p -> has(p.parameter())).toList();
    }

    /** Every claim, property by property. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Property p : properties()) {
            switch (p) {
                case WEIGHT_SCALE -> {
                    out.add(invariance(p, WEIGHT_SCALES, Map.of()));
                    out.add(like(p, "relu", WEIGHT_SCALES, Map.of()));
                    out.add(like(p, "tanh", WEIGHT_SCALES, Map.of()));
                }
                case DEPTH -> {
                    Map<String, Object> at = atWeightScale(DEPTH_WEIGHT_SCALE);
                    out.add(invariance(p, DEPTHS, at));
                    out.add(like(p, "relu", DEPTHS, at));
                    out.add(like(p, "tanh", DEPTHS, at));
                }
                case WIDTH -> out.add(invariance(p, WIDTHS, Map.of()));
                case BIAS_SCALE -> out.add(invariance(p, BIAS_SCALES, Map.of()));
                case LAYER_NORM, RESIDUAL -> out.add(effect(p));
            }
        }
        return out;
    }

    private boolean has(String parameter) {
        return family.parameters().stream().map(Parameter::name).anyMatch(parameter::equals);
    }

    private Map<String, Object> atWeightScale(double scale) {
        return has("weightScale") && !with.containsKey("weightScale") ? Map.of("weightScale", scale) : Map.of();
    }

    private ClaimBuilder base(String name, Property p, Role role) {
        return ClaimBuilder.claim(label + ": " + name).network(family.id()).with(with)
                .tags(TAG, p.tag(), role.tag()).measure(measure).samples(MIN_SAMPLES, MAX_SAMPLES)
                .source("Redshift profile (issue 12) after Neural Redshift Table 1: " + p.words())
                // seeded by the claim, not the spec's path: the CLI's profile and a spec's profile: draw alike
                .seed(Seeds.of(TAG, label + ": " + name));
    }

    private Entry invariance(Property p, List<? extends Number> levels, Map<String, Object> at) {
        ClaimBuilder b = base("complexity is invariant to " + p.words(), p, Role.INVARIANCE).with(at)
                .vary(p.parameter(), List.copyOf(levels)).expect("invariant").margin(INVARIANCE_MARGIN);
        return new Entry(p, Role.INVARIANCE, b);
    }

    /**
     * Network k's slope of complexity against ln(level), the family's against an MLP's with the given activation
     * and the family's width and depth (the MLP defaults where the family has none).
     */
    private Entry like(Property p, String activation, List<? extends Number> levels, Map<String, Object> at) {
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put(ClaimBuilder.NETWORK_KEY, "mlp");
        reference.put("activation", activation);
        if (!p.parameter().equals("depth")) {
            reference.put("depth", has("depth") && with.containsKey("depth") ? with.get("depth") : 3);
        }
        reference.put("width", has("width") && with.containsKey("width") ? with.get("width") : 64);
        Role role = activation.equals("relu") ? Role.LIKE_RELU : Role.LIKE_TANH;
        ClaimBuilder b = base("complexity responds to " + p.words() + " like a " + activation + " MLP's", p, role)
                .with(at).compare(List.of(Map.of(ClaimBuilder.NETWORK_KEY, family.id()), reference))
                .slope(p.parameter(), List.copyOf(levels)).expect("equivalent")
                .margin(dev.redshift.stats.Numbers.format(slopeMargin));
        return new Entry(p, role, b);
    }

    private Entry effect(Property p) {
        Map<String, Object> at = atWeightScale(EFFECT_WEIGHT_SCALE);
        Map<String, Object> on = new LinkedHashMap<>(at);
        on.put(p.parameter(), true);
        Map<String, Object> off = new LinkedHashMap<>(at);
        off.put(p.parameter(), false);
        ClaimBuilder b = base(p.words() + " lower" + (p == Property.RESIDUAL ? "" : "s") + " complexity", p,
                Role.EFFECT).compare(List.of(on, off)).expect("less");
        return new Entry(p, Role.EFFECT, b);
    }

    private static String label(NetworkParameters p) {
        Map<String, Object> values = p.asMap();
        for (Object v : values.values()) {
            if (v instanceof ModuleFile f) {
                return p.family() + " " + f.path().getFileName();
            }
        }
        Object activation = values.get("activation");
        return p.family() + (activation != null ? " " + activation : "");
    }
}
