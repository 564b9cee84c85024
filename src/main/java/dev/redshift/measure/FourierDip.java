package dev.redshift.measure;

/**
 * Extension measure {@code fourier-dip}: how far a 2-D function's distribution of Fourier magnitudes over
 * frequency is from unimodal, for App. D's "the distributions of magnitudes are always unimodal". The radial
 * profile p(r) is the sum of |F(k)| over the k ∈ [0..m/2]² whose rounded norm is r, for r = 1..m/2 (DC excluded,
 * as in {@code fourier}; the corner shells beyond m/2 are cut off by the square and left out). The dip is the
 * deepest valley between two higher points of the profile, relative to its peak:
 * {@code max_b [min(max_{r<b} p(r), max_{r>b} p(r)) − p(b)] / max_r p(r)}. It is 0 exactly when the profile
 * rises to one peak and falls after it; a profile with two separate bands of frequencies scores near the
 * depth of the gap between them. A constant function has no spectrum: NaN, with the reason.
 */
public final class FourierDip implements ComplexityMeasure {

    /** The measure's name in specs. */
    public static final String NAME = "fourier-dip";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(Observation observation) {
        return observation instanceof GridValues g && g.dims() == 2;
    }

    @Override
    public Complexity measure(Observation observation) {
        GridValues grid = Grids.require(observation, this);
        if (grid.dims() != 2) {
            throw new IllegalArgumentException(NAME + " reads a 2-D grid, got " + grid.dims() + " dimension(s)");
        }
        if (Grids.isConstant(grid)) {
            return Complexity.undefined(Grids.CONSTANT_REASON);
        }
        double[] profile = radialProfile(FourierComplexity.magnitudes2d(grid), grid.size());
        double dip = dip(profile);
        return Double.isFinite(dip) ? Complexity.of(dip) : Complexity.undefined(Grids.NON_FINITE_REASON);
    }

    /** p(r) for r = 1..m/2 at index r − 1, from magnitudes at k1·(m/2+1) + k2. */
    static double[] radialProfile(double[] magnitudes, int m) {
        int half = m / 2;
        int kept = half + 1;
        double[] sum = new double[half];
        for (int k1 = 0; k1 < kept; k1++) {
            for (int k2 = 0; k2 < kept; k2++) {
                int r = (int) Math.round(Math.sqrt((double) k1 * k1 + (double) k2 * k2));
                if (r >= 1 && r <= half) {
                    sum[r - 1] += magnitudes[k1 * kept + k2];
                }
            }
        }
        // the sum, not the mean, over a shell: the share of the spectrum's mass at that frequency, which is what
        // fourier's weighted average summarises
        return sum;
    }

    /** The deepest valley of a profile between two higher points, over its maximum; 0 for a unimodal one. */
    static double dip(double[] p) {
        int n = p.length;
        double[] rightMax = new double[n];
        double running = Double.NEGATIVE_INFINITY;
        for (int b = n - 1; b >= 0; b--) {
            rightMax[b] = running;
            running = Math.max(running, p[b]);
        }
        double peak = running;
        if (!(peak > 0)) {
            return peak == 0 ? 0 : Double.NaN;
        }
        double leftMax = Double.NEGATIVE_INFINITY;
        double deepest = 0;
        for (int b = 0; b < n; b++) {
            deepest = Math.max(deepest, Math.min(leftMax, rightMax[b]) - p[b]);
            leftMax = Math.max(leftMax, p[b]);
        }
        return deepest / peak;
    }
}
