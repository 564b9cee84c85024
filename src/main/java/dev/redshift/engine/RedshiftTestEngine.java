package dev.redshift.engine;

import java.util.Optional;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.ForkJoinPoolHierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestExecutorService;

/**
 * The {@code redshift} test engine: spec file or {@code @Claims} class → container, claim → test. PASS is a
 * successful test, FAIL a failed one with the evidence sentence as its message, INCONCLUSIVE failed or aborted
 * as {@code redshift.inconclusive} says. Evidence is published as report entries. The platform's hierarchical
 * executor runs the claims, in parallel when {@link EngineSettings} says so; a spec file that cannot be parsed
 * is a discovery issue.
 */
public final class RedshiftTestEngine extends HierarchicalTestEngine<RedshiftExecutionContext> {

    /** The engine's id. */
    public static final String ID = "redshift";

    private static final EngineDiscoveryRequestResolver<RedshiftEngineDescriptor> RESOLVER =
            EngineDiscoveryRequestResolver.<RedshiftEngineDescriptor>builder()
                    .addResourceContainerSelectorResolver(
                            org.junit.platform.commons.io.ResourceFilter.of(SpecFileResolver::isSpec))
                    .addClassContainerSelectorResolver(ClaimsClassResolver::isClaimsClass)
                    .addSelectorResolver(c -> new SpecFileResolver(c.getEngineDescriptor(), c.getIssueReporter()))
                    .addSelectorResolver(c -> new ClaimsClassResolver(c.getEngineDescriptor()))
                    .build();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.redshift");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("redshift");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        RedshiftEngineDescriptor root = new RedshiftEngineDescriptor(uniqueId,
                EngineSettings.from(request.getConfigurationParameters()));
        RESOLVER.resolve(request, root);
        return root;
    }

    @Override
    protected HierarchicalTestExecutorService createExecutorService(ExecutionRequest request) {
        EngineSettings settings = settings(request);
        return settings.parallel() == null ? super.createExecutorService(request)
                : new ForkJoinPoolHierarchicalTestExecutorService(settings.parallel());
    }

    @Override
    protected RedshiftExecutionContext createExecutionContext(ExecutionRequest request) {
        return new RedshiftExecutionContext(request, java.util.List.of(), null);
    }

    /** The settings discovery read; a root from elsewhere (a hand-made request) has them read again. */
    private static EngineSettings settings(ExecutionRequest request) {
        return request.getRootTestDescriptor() instanceof RedshiftEngineDescriptor root ? root.settings()
                : EngineSettings.from(request.getConfigurationParameters());
    }
}
