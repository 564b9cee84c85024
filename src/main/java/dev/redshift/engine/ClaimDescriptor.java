package dev.redshift.engine;

import dev.redshift.spec.ClaimPlan;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.ExclusiveResource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One claim: a test. It runs the claim to its verdict, publishes the evidence as a report entry and shows the
 * outcome to the run's observers before it finishes; PASS, FAIL and INCONCLUSIVE become the test's result as
 * {@link ClaimResults} says.
 */
public final class ClaimDescriptor extends AbstractTestDescriptor implements Node<RedshiftExecutionContext> {

    private final ClaimSupplier supplier;
    private final Set<TestTag> tags = new LinkedHashSet<>();
    private final Set<ExclusiveResource> resources;

    ClaimDescriptor(UniqueId id, String name, TestSource source, List<String> tagNames, ClaimSupplier supplier,
            Set<ExclusiveResource> resources) {
        super(id, name, source);
        this.supplier = supplier;
        this.resources = Set.copyOf(resources);
        for (String t : tagNames) {
            if (TestTag.isValid(t)) {
                tags.add(TestTag.create(t));
            }
        }
    }

    /** The claim's plan, built now. */
    ClaimPlan plan() throws Exception {
        return supplier.plan();
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    /** The device and the cached configurations this claim must not share with a claim running beside it. */
    @Override
    public Set<ExclusiveResource> getExclusiveResources() {
        return resources;
    }

    /** A claim that had not started when the run was interrupted is skipped, as {@value RunInterruption#NOT_RUN}. */
    @Override
    public SkipResult shouldBeSkipped(RedshiftExecutionContext context) {
        return context.run() != null && context.run().interruption().requested()
                ? SkipResult.skip(RunInterruption.NOT_RUN) : SkipResult.doNotSkip();
    }

    @Override
    public RedshiftExecutionContext execute(RedshiftExecutionContext context, DynamicTestExecutor dynamic)
            throws Exception {
        ClaimRun run = context.run();
        ClaimPlan plan;
        ClaimOutcome outcome;
        try {
            ClaimOutcome scheduled = run.scheduled(getUniqueId());
            plan = scheduled != null ? scheduled.plan() : supplier.plan();
            outcome = scheduled != null ? scheduled : run.runner().run(plan, look -> { }, run.resumeFrom(plan));
            run.recorded(outcome);
        } catch (RunInterruption.Stopped e) {
            // not a mistake of the claim: it is aborted, and what it sampled stays in the cache
            run.progress().claimFinished(0);
            throw new org.opentest4j.TestAbortedException(RunInterruption.NOT_RUN);
        } catch (Exception | Error e) {
            run.progress().verdict("BROKEN", getDisplayName(), String.valueOf(e.getMessage()));
            context.observers().forEach(o -> o.claimBroken(this, e));
            run.progress().claimFinished(0);
            throw e;
        }
        context.request().getEngineExecutionListener()
                .reportingEntryPublished(this, ReportEntry.from(EvidenceEntries.of(outcome)));
        run.progress().verdict(outcome.evidence().verdict().name(), getDisplayName(), outcome.evidence().sentence());
        try {
            for (ClaimObserver o : context.observers()) {
                o.claimFinished(this, outcome);
            }
        } finally {
            run.progress().claimFinished(outcome.networks());
        }
        ClaimResults.throwUnlessPassed(outcome.evidence(), plan.seed(), run.settings().inconclusive());
        return context;
    }
}
