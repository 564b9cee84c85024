package dev.redshift.spark;

import dev.redshift.engine.ClaimWork;
import dev.redshift.engine.LocalExecutor;
import dev.redshift.engine.Slice;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.Configuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One claim on Spark: a look's slices become one job of {@link WorkUnit}s, whose values the driver puts back in
 * order; the driver computes each look's first network itself as a {@link Canary}.
 */
final class SparkClaimWork implements ClaimWork {

    private final JavaSparkContext spark;
    private final ClaimPlan plan;
    private final SpecText spec;
    private final String device;
    private final LocalExecutor.Work driver;

    SparkClaimWork(JavaSparkContext spark, ClaimPlan plan, SpecText spec, String device, LocalExecutor.Work driver) {
        this.spark = spark;
        this.plan = plan;
        this.spec = spec;
        this.device = device;
        this.driver = driver;
    }

    @Override
    public List<MeasuredNetworks> measure(List<Slice> slices) {
        boolean trained = plan.sampled().stream().anyMatch(Configuration::trained);
        int slots = Math.max(1, spark.defaultParallelism());
        List<WorkUnits.Piece> pieces = (trained ? WorkUnits.trained(slots) : WorkUnits.untrained(slots)).split(slices);
        List<WorkUnit> units = new ArrayList<>();
        for (WorkUnits.Piece p : pieces) {
            Configuration c = plan.sampled().get(slices.get(p.slice()).configuration());
            units.add(new WorkUnit(spec, plan.name(), slices.get(p.slice()).configuration(), c.label(), c.seed(),
                    device, p.first(), p.count()));
        }
        spark.setJobDescription(plan.name() + ": networks " + slices.get(0).first() + "+" + slices.get(0).count()
                + " of " + slices.size() + " configuration" + (slices.size() == 1 ? "" : "s"));
        List<UnitResult> results = run(spark, units);
        for (int u = 0; u < results.size(); u++) {
            if (results.get(u).error() != null) {
                throw new IllegalStateException(plan.position() + ": " + units.get(u).describe() + " failed on "
                        + results.get(u).executor() + ": " + results.get(u).error());
            }
        }
        List<MeasuredNetworks> out = assemble(slices, pieces, results);
        checkCanary(slices.get(0), out.get(0), results.get(0).executor());
        return out;
    }

    /** Runs the units as one job, a task each, and returns their results in order. */
    static List<UnitResult> run(JavaSparkContext spark, List<WorkUnit> units) {
        return spark.parallelize(units, Math.max(1, units.size())).map(UnitTask::run).collect();
    }

    /** Each slice's values from its pieces', in order. */
    private List<MeasuredNetworks> assemble(List<Slice> slices, List<WorkUnits.Piece> pieces,
            List<UnitResult> results) {
        List<String> measures = plan.measureNames();
        List<MeasuredNetworks> out = new ArrayList<>();
        for (int s = 0; s < slices.size(); s++) {
            Slice slice = slices.get(s);
            double[][] values = new double[measures.size()][slice.count()];
            boolean[] nonFinite = new boolean[slice.count()];
            Map<String, String> reasons = new LinkedHashMap<>();
            for (int u = 0; u < pieces.size(); u++) {
                WorkUnits.Piece p = pieces.get(u);
                if (p.slice() != s) {
                    continue;
                }
                UnitResult r = results.get(u);
                int at = (int) (p.first() - slice.first());
                for (int m = 0; m < values.length; m++) {
                    System.arraycopy(r.values()[m], 0, values[m], at, p.count());
                }
                System.arraycopy(r.nonFinite(), 0, nonFinite, at, p.count());
                for (String reason : r.reasons()) {
                    int colon = reason.indexOf(": ");
                    reasons.putIfAbsent(reason.substring(0, colon), reason.substring(colon + 2));
                }
            }
            out.add(new MeasuredNetworks(slice.first(), measures, values, reasons, nonFinite));
        }
        return out;
    }

    /** Compares the look's first network with the driver's own computation of it. */
    private void checkCanary(Slice slice, MeasuredNetworks executed, String where) {
        if (slice.count() == 0) {
            return;
        }
        MeasuredNetworks own = driver.producer(slice.configuration()).measure(slice.first(), 1);
        Canary.compare(Canary.network(own, 0), Canary.network(executed, 0), plan.measureNames(), slice.first(),
                plan.sampled().get(slice.configuration()).label(), where).ifPresent(difference -> {
                    throw new IllegalStateException(plan.position() + ": " + difference);
                });
    }

    @Override
    public float[] evaluate(int configuration, long first, int count) {
        return driver.evaluate(configuration, first, count);
    }

    @Override
    public void close() {
        driver.close();
    }
}
