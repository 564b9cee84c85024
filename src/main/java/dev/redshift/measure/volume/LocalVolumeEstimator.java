package dev.redshift.measure.volume;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The local volumes of a batch of networks from their ray costs: the radius search of every ray of every network
 * runs as one search (one batched cost evaluation per step), then each ray's Gaussian mass is integrated.
 * Ray {@code j·K + i} is direction i of network j.
 */
public final class LocalVolumeEstimator {

    /** The exact search starts at this share of max(|w0|, σ√D) and halves from there when already past ε. */
    private static final double START_SHARE = 0.05;
    /** The cap is |w0| + σ(√D + this): the prior's mass beyond it is below e^{−1800}. */
    private static final double CAP_MARGIN = 60;

    private final LocalVolumeOptions options;

    public LocalVolumeEstimator(LocalVolumeOptions options) {
        this.options = options;
    }

    /** The estimate of every network, in order. */
    public List<VolumeEstimate> estimate(List<RayGeometry> networks, RayCosts costs) {
        int k = options.directions();
        int rays = networks.size() * k;
        for (RayGeometry g : networks) {
            if (g.projections().length != k) {
                throw new IllegalArgumentException(g.projections().length + " directions, expected " + k);
            }
        }
        return options.procedure() == LocalVolumeOptions.Procedure.BLOG ? blog(networks, costs, rays)
                : exact(networks, costs, rays);
    }

    private List<VolumeEstimate> exact(List<RayGeometry> networks, RayCosts costs, int rays) {
        int k = options.directions();
        double[] starts = new double[rays];
        double[] caps = new double[rays];
        for (int j = 0; j < networks.size(); j++) {
            RayGeometry g = networks.get(j);
            double sigma = g.sigma();
            double shell = sigma * Math.sqrt(g.dimension());
            for (int i = 0; i < k; i++) {
                starts[j * k + i] = START_SHARE * Math.max(g.norm(), shell);
                caps[j * k + i] = g.norm() + sigma * (Math.sqrt(g.dimension()) + CAP_MARGIN);
            }
        }
        double[] radii = new RadiusSearch(options.epsilon(), options.rtol()).radii(costs, starts, caps);
        List<VolumeEstimate> out = new ArrayList<>();
        for (int j = 0; j < networks.size(); j++) {
            RayGeometry g = networks.get(j);
            double sigma = g.sigma();
            double[] r = new double[k];
            double[] logG = new double[k];
            for (int i = 0; i < k; i++) {
                r[i] = radii[j * k + i];
                logG[i] = RayIntegral.logMass(g.dimension(), sigma, g.normSquared(), g.projections()[i], r[i]);
            }
            out.add(new VolumeEstimate(g.dimension(), g.norm(), sigma, r, logG, null));
        }
        return out;
    }

    private List<VolumeEstimate> blog(List<RayGeometry> networks, RayCosts costs, int rays) {
        int k = options.directions();
        int[] network = new int[rays];
        for (int i = 0; i < rays; i++) {
            network[i] = i / k;
        }
        BlogRadiusSearch.Result found = new BlogRadiusSearch(options.epsilon()).search(costs, network);
        List<VolumeEstimate> out = new ArrayList<>();
        for (int j = 0; j < networks.size(); j++) {
            RayGeometry g = networks.get(j);
            double sigma = g.sigma();
            double[] r = new double[k];
            double[] logG = new double[k];
            int unconverged = 0;
            int refused = 0;
            for (int i = 0; i < k; i++) {
                r[i] = found.radii()[j * k + i];
                unconverged += found.converged()[j * k + i] ? 0 : 1;
                logG[i] = BlogRayIntegral.logMass(g.dimension(), sigma, g.normSquared(), g.projections()[i], r[i]);
                refused += Double.isNaN(logG[i]) ? 1 : 0;
            }
            String dropped = unconverged == 0 && refused == 0 ? null : String.format(Locale.ROOT,
                    "dropped by the blog's procedure: %d of %d radius searches did not converge, %d of %d ray"
                            + " integrals refused", unconverged, k, refused, k);
            out.add(new VolumeEstimate(g.dimension(), g.norm(), sigma, r, logG, dropped));
        }
        return out;
    }
}
