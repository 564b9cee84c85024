package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** How reports reach a run's claims, and the launcher's filters on them. */
class ClaimObserversTest {

    /** An observer the engine makes from its class name; what it saw is kept per name of the claims. */
    public static final class NamedObserver implements ClaimObserver {
        static final Queue<String> SEEN = new ConcurrentLinkedQueue<>();

        @Override
        public void claimFinished(ClaimDescriptor claim, ClaimOutcome outcome) {
            SEEN.add(claim.getDisplayName() + ": " + outcome.evidence().verdict());
        }
    }

    @Test
    void anObserverNamedByConfigurationSeesEveryClaimOfTheRun() {
        NamedObserver.SEEN.clear();
        EngineExecutionResults r = EngineFixture.engine()
                .configurationParameter(EngineSettings.OBSERVERS, " " + NamedObserver.class.getName() + " ,")
                .configurationParameter(EngineSettings.CACHE, "off")
                .selectors(selectClasspathResource("examples/seeded.yaml")).execute();
        assertThat(r.testEvents().finished().count()).isEqualTo(1);
        assertThat(NamedObserver.SEEN).singleElement().asString().startsWith("ReLU LZ is below sine LZ: ");
    }

    @Test
    void anUnknownObserverClassFailsTheRunNamingIt() {
        EngineExecutionResults r = EngineFixture.engine()
                .configurationParameter(EngineSettings.OBSERVERS, "dev.redshift.NoSuchObserver")
                .selectors(selectClasspathResource("examples/seeded.yaml")).execute();
        assertThat(r.containerEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()
                        .getMessage())).containsExactly("redshift.observers: no class dev.redshift.NoSuchObserver"
                                + " on the class path");
    }

    @Test
    void anObserverAddedToALauncherSessionSeesThatSessionsClaimsOnly() {
        Queue<String> seen = new ConcurrentLinkedQueue<>();
        ClaimObserver observer = (claim, outcome) -> seen.add(claim.getDisplayName());
        try (LauncherSession session = LauncherFactory.openSession()) {
            ClaimObservers.addTo(session.getStore(), observer);
            session.getLauncher().execute(seeded());
        }
        assertThat(seen).containsExactly("ReLU LZ is below sine LZ");
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(seeded());
        }
        assertThat(seen).hasSize(1);
    }

    @Test
    void tagFiltersPruneClaimsAsTheyPruneJupiterTests() {
        TestPlan plan = LauncherFactory.create().discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("examples")).filters(TagFilter.includeTags("seeds")).build());
        List<String> tests = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .filter(TestIdentifier::isTest).map(TestIdentifier::getDisplayName).toList();
        assertThat(tests).containsExactly("ReLU LZ is below sine LZ");
        TestPlan excluded = LauncherFactory.create().discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("examples")).filters(TagFilter.excludeTags("seeds")).build());
        assertThat(excluded.getRoots().stream().flatMap(root -> excluded.getDescendants(root).stream())
                .filter(TestIdentifier::isTest).map(TestIdentifier::getDisplayName))
                .doesNotContain("ReLU LZ is below sine LZ").isNotEmpty();
    }

    private static LauncherDiscoveryRequest seeded() {
        return LauncherDiscoveryRequestBuilder.request().selectors(selectClasspathResource("examples/seeded.yaml"))
                .configurationParameter(EngineSettings.CONSOLE, "quiet").configurationParameter(EngineSettings.CACHE,
                        "off").build();
    }
}
