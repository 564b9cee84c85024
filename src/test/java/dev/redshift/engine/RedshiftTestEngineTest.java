package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

class RedshiftTestEngineTest {

    /** Small, fast networks: everything below decides in well under a second per claim. */
    private static final String SMALL = """
            spec: Small claims
            source: engine test
            defaults:
              with: { depth: 2, width: 16 }
              measure: lz
              grid: 16
              samples: { min: 16, max: 64 }
              seed: 11                 # temp paths differ per run; a fixed seed keeps the verdicts fixed
            claims:
              - claim: Tanh LZ rises with weight scale
                tags: [trend, tanh]
                with: { activation: tanh }
                vary: { weightScale: [1, 16] }
                expect: increasing
              - claim: Tanh LZ falls with weight scale
                with: { activation: tanh }
                vary: { weightScale: [1, 16] }
                expect: decreasing
              - claim: ReLU is more complex than itself
                compare: [ { activation: relu }, { activation: relu } ]
                expect: greater
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static EngineTestKit.Builder kit() {
        return EngineTestKit.engine(RedshiftTestEngine.ID).configurationParameter("redshift.inconclusive", "failed");
    }

    @Test
    void aSpecFileIsAContainerOfClaimsWithFilePositions() throws IOException {
        Path file = write("small.yaml", SMALL);
        TestDescriptor d = discover(selectFile(file.toFile()));
        TestDescriptor container = d.getChildren().iterator().next();
        assertThat(container.getDisplayName()).isEqualTo("Small claims");
        assertThat(container.getChildren()).extracting(TestDescriptor::getDisplayName).containsExactly(
                "Tanh LZ rises with weight scale", "Tanh LZ falls with weight scale", "ReLU is more complex than itself");
        TestDescriptor first = container.getChildren().iterator().next();
        FileSource source = (FileSource) first.getSource().orElseThrow();
        assertThat(source.getFile()).isEqualTo(file.toFile());
        assertThat(source.getPosition().orElseThrow().getLine()).isEqualTo(10);
        assertThat(first.getUniqueId()).isEqualTo(specId(file).append("claim", "Tanh LZ rises with weight scale"));
        assertThat(first.getTags()).containsExactly(TestTag.create("trend"), TestTag.create("tanh"));
    }

    @Test
    void trueClaimsPassFalseClaimsFailAndAConfigurationNeverBeatsItself() throws IOException {
        Path file = write("small.yaml", SMALL);
        EngineExecutionResults r = kit().selectors(selectFile(file.toFile())).execute();
        Map<String, TestExecutionResult.Status> status = statuses(r);
        assertThat(status).containsEntry("Tanh LZ rises with weight scale", TestExecutionResult.Status.SUCCESSFUL)
                .containsEntry("Tanh LZ falls with weight scale", TestExecutionResult.Status.FAILED);
        // it ran and was not shown: INCONCLUSIVE, failed under this kit's redshift.inconclusive=failed
        assertThat(status).containsEntry("ReLU is more complex than itself", TestExecutionResult.Status.FAILED);
        assertThat(r.testEvents().failed().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().equals("ReLU is more complex than itself"))
                .map(RedshiftTestEngineTest::message)).singleElement().asString().startsWith("INCONCLUSIVE: ");
        String message = r.testEvents().failed().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().equals("Tanh LZ falls with weight scale"))
                .findFirst().orElseThrow().getPayload(TestExecutionResult.class).orElseThrow().getThrowable()
                .orElseThrow().getMessage();
        assertThat(message).matches("weightScale 16 exceeds weightScale 1 by .* \\(95% bounds .* to .*\\) after \\d+ networks each"
                + " \\[seed 11: .*\\]");
    }

    @Test
    void evidenceIsPublishedAndIdenticalForTheSameSeed() throws IOException {
        Path file = write("small.yaml", SMALL);
        List<Map<String, String>> first = entries(kit().selectors(selectFile(file.toFile())).execute());
        List<Map<String, String>> second = entries(kit().selectors(selectFile(file.toFile())).execute());
        assertThat(first).hasSize(3).isEqualTo(second);
        assertThat(first.get(0)).containsKeys("redshift.verdict", "redshift.estimate", "redshift.lower",
                "redshift.upper", "redshift.networks", "redshift.seed", "redshift.evidence",
                "redshift.configuration.1");
        List<Map<String, String>> reseeded = entries(kit().selectors(selectFile(file.toFile()))
                .configurationParameter("redshift.seed", "12345").execute());
        assertThat(reseeded.get(0).get("redshift.seed")).isNotEqualTo(first.get(0).get("redshift.seed"));
    }

    @Test
    void claimsRunInParallelGiveTheSameEvidenceAsOneByOne() throws IOException {
        Path file = write("small.yaml", SMALL);
        List<Map<String, String>> serial = entries(kit().selectors(selectFile(file.toFile())).execute());
        List<Map<String, String>> parallel = entries(kit().selectors(selectFile(file.toFile()))
                .configurationParameter("redshift.parallelism", "3").execute());
        java.util.Comparator<Map<String, String>> bySentence = java.util.Comparator.comparing(
                (Map<String, String> m) -> m.get("redshift.evidence")).thenComparing(m -> m.get("redshift.verdict"));
        assertThat(parallel.stream().sorted(bySentence).toList()).isEqualTo(serial.stream().sorted(bySentence).toList());
    }

    @Test
    void aBrokenClaimFailsAloneAtItsPositionAndTheOthersStillRun() throws IOException {
        write("specs/a-broken.yaml", "spec: broken\nclaims:\n  - claim: x\n    expect: incresing\n"
                + "  - claim: y\n    with: { activation: rleu }\n    compare: [ {}, {} ]\n    expect: less\n");
        write("specs/c-good.yaml", SMALL);
        EngineExecutionResults r = kit().selectors(selectDirectory(dir.resolve("specs").toFile())).execute();
        List<String> failures = r.testEvents().failed().stream().map(RedshiftTestEngineTest::message).toList();
        assertThat(failures).anySatisfy(m -> assertThat(m).endsWith("a-broken.yaml:4:13: unknown expectation "
                + "'incresing' — expected one of invariant, increasing, decreasing, strictly increasing, strictly "
                + "decreasing, less, greater, equivalent, {within: [lo, hi]}, {correlated: r}, {anticorrelated: r}, "
                + "{uncorrelated: m}, {fraction-decreasing: p}, {fraction-increasing: p}"));
        assertThat(failures).anySatisfy(m -> assertThat(m).contains("a-broken.yaml:6:25: unknown activation 'rleu'"));
        assertThat(statuses(r)).containsEntry("Tanh LZ rises with weight scale", TestExecutionResult.Status.SUCCESSFUL);
    }

    @Test
    void packagesSelectTheirSpecResourcesAndClaimsClasses() {
        TestDescriptor specs = discover(selectPackage("examples"));
        assertThat(specs.getChildren()).extracting(TestDescriptor::getLegacyReportingName)
                .contains("classpath:examples/softsign.yaml", "classpath:examples/seeded.yaml");
        TestDescriptor classes = discover(selectPackage("dev.redshift.examples"));
        assertThat(classes.getChildren()).extracting(TestDescriptor::getLegacyReportingName)
                .containsExactly("dev.redshift.examples.SoftsignClaims");
    }

    @Test
    void insideASuiteTheEnginesLongerUniqueIdStillResolvesEveryClaim() throws IOException {
        Path file = write("small.yaml", SMALL);
        org.junit.platform.engine.UniqueId suiteEngine = org.junit.platform.engine.UniqueId
                .forEngine("junit-platform-suite").append("suite", "dev.redshift.battery.PaperBatteryTest")
                .append("engine", RedshiftTestEngine.ID);
        TestDescriptor d = new RedshiftTestEngine().discover(org.junit.platform.launcher.core
                .LauncherDiscoveryRequestBuilder.request().selectors(selectFile(file.toFile())).build(), suiteEngine);
        assertThat(d.getDescendants()).filteredOn(TestDescriptor::isTest).hasSize(3)
                .allSatisfy(t -> assertThat(t.getUniqueId().hasPrefix(suiteEngine)).isTrue());
    }

    @Test
    void aMethodSelectsOneJavaClaimInsideItsClassContainer() {
        TestDescriptor d = discover(org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod(
                "dev.redshift.examples.SoftsignClaims", "softsignComplexityRisesWithWeightMagnitude"));
        assertThat(d.getChildren()).singleElement().satisfies(c -> {
            assertThat(c.getDisplayName()).isEqualTo("Softsign keeps the simplicity bias");
            assertThat(c.getChildren()).extracting(TestDescriptor::getDisplayName)
                    .containsExactly("softsignComplexityRisesWithWeightMagnitude");
        });
    }

    @Test
    void aUniqueIdSelectsOneJavaClaim() {
        org.junit.platform.engine.UniqueId id = org.junit.platform.engine.UniqueId.forEngine(RedshiftTestEngine.ID)
                .append("class", "dev.redshift.examples.SoftsignClaims")
                .append("claim", "softsignIsSimplerThanTanhAtLargeWeights");
        TestDescriptor d = discover(selectUniqueId(id));
        assertThat(d.getDescendants()).filteredOn(TestDescriptor::isTest).extracting(TestDescriptor::getUniqueId)
                .containsExactly(id);
    }

    private static final String FAILURES = """
            spec: Failure modes
            defaults:
              with: { depth: 2, width: 16 }
              measure: lz
              grid: 16
              seed: 3
            claims:
              - claim: Too wide
                with: { width: 100000000 }
                expect: { within: [0, 100] }
              - claim: Every network overflows
                compare: [ { weightScale: 1 }, { weightScale: 1e30 } ]
                expect: less
                samples: { min: 16, max: 32 }
              - claim: A few networks overflow
                compare: [ { weightScale: 1 }, { weightScale: 7e12 } ]
                expect: { within: [0, 1000] }
                samples: { min: 200, max: 200 }
              - claim: A few networks overflow in pairs
                compare: [ { weightScale: 1 }, { weightScale: 7e12 } ]
                expect: equivalent
                margin: 1000
                samples: { min: 200, max: 200 }
              - claim: Too many networks
                expect: { within: [0, 100] }
                samples: { min: 100000000000, max: 100000000000 }
            """;

    @Test
    void failureModesAreOneLineAtTheClaimAndNonFiniteNetworksAreCountedInTheEvidence() throws IOException {
        Path file = write("failures.yaml", FAILURES);
        EngineExecutionResults r = kit().selectors(selectFile(file.toFile())).execute();
        Map<String, String> failures = new java.util.LinkedHashMap<>();
        r.testEvents().failed().stream().forEach(e -> failures.put(e.getTestDescriptor().getDisplayName(), message(e)));
        String at = file.toAbsolutePath().normalize().toString().replace('\\', '/');
        assertThat(failures.get("Too wide")).startsWith(at + ":8:5: mlp with width 100000000, depth 2 on a 16×16 grid"
                + " needs 36 PiB per network (a batch holds 2 at least); the sampler's memory limit is ");
        assertThat(failures.get("Every network overflows")).isEqualTo(at + ":11:5: 16 of 16 networks of weightScale"
                + " 1.0E30 gave non-finite outputs (float32 overflow or NaN); keeping pairs leaves out 16 of 16 networks"
                + " of every configuration, more than the 10% a claim may leave out, so it is not decided");
        assertThat(failures.get("Too many networks")).isEqualTo(at + ":26:14: samples.max 100000000000 exceeds the"
                + " limit of 1000000 networks per configuration");
        assertThat(failures).doesNotContainKeys("A few networks overflow", "A few networks overflow in pairs");

        List<Map<String, String>> evidence = entries(r);
        Map<String, String> unpaired = evidence.get(0);
        Map<String, String> paired = evidence.get(1);
        assertThat(unpaired.get("redshift.configuration.1")).doesNotContain("non-finite");
        assertThat(unpaired.get("redshift.configuration.2")).matches("weightScale 7000000000000: n \\d+, .*, \\d+ non-finite");
        assertThat(unpaired.get("redshift.evidence")).matches(".*; \\d+ of 200 networks of weightScale 7000000000000"
                + " gave non-finite outputs and were left out");
        // paired: the first configuration loses the same indices, to keep pairs
        String second = paired.get("redshift.configuration.2");
        int nonFinite = Integer.parseInt(second.replaceAll(".*, (\\d+) non-finite.*", "$1"));
        assertThat(paired.get("redshift.configuration.1")).endsWith(", " + nonFinite + " left out to keep pairs")
                .contains("n " + (200 - nonFinite) + ",");
        assertThat(paired.get("redshift.evidence")).contains("(with the networks of the same index in every"
                + " configuration, to keep pairs)");
    }

    @Test
    void aUniqueIdSelectsOneClaim() throws IOException {
        Path file = write("small.yaml", SMALL);
        org.junit.platform.engine.UniqueId id = specId(file).append("claim", "Tanh LZ falls with weight scale");
        TestDescriptor d = discover(selectUniqueId(id));
        assertThat(d.getDescendants()).filteredOn(TestDescriptor::isTest)
                .extracting(TestDescriptor::getDisplayName).containsExactly("Tanh LZ falls with weight scale");
    }

    @Test
    void classpathResourcesAndRootsAreDiscovered() {
        TestDescriptor byResource = discover(selectClasspathResource("examples/softsign.yaml"));
        TestDescriptor claim = byResource.getDescendants().stream()
                .filter(TestDescriptor::isTest).findFirst().orElseThrow();
        ClasspathResourceSource source = (ClasspathResourceSource) claim.getSource().orElseThrow();
        assertThat(source.getClasspathResourceName()).isEqualTo("examples/softsign.yaml");
        assertThat(source.getPosition().orElseThrow().getLine()).isEqualTo(9);

        Path testClasses = Path.of("target/test-classes").toAbsolutePath();
        TestDescriptor byRoot = discover(selectClasspathRoots(Set.of(testClasses)).get(0));
        assertThat(byRoot.getChildren()).extracting(TestDescriptor::getLegacyReportingName)
                .contains("classpath:examples/softsign.yaml");
    }

    @Test
    void javaClaimsClassesRunTheirClaimMethods() throws ClassNotFoundException {
        Class<?> claims = Class.forName("dev.redshift.examples.SoftsignClaims");
        EngineExecutionResults r = kit().selectors(selectClass(claims)).execute();
        List<Event> finished = r.testEvents().finished().list();
        assertThat(finished).hasSize(2);
        assertThat(finished.get(0).getTestDescriptor().getSource().orElseThrow()).isInstanceOf(MethodSource.class);
        assertThat(statuses(r)).containsEntry("softsignComplexityRisesWithWeightMagnitude",
                TestExecutionResult.Status.SUCCESSFUL);
    }

    @Test
    void ordinaryTestClassesAreIgnored() {
        TestDescriptor d = discover(selectClass(RedshiftTestEngineTest.class));
        assertThat(d.getChildren()).isEmpty();
    }

    private static org.junit.platform.engine.UniqueId specId(Path file) {
        return org.junit.platform.engine.UniqueId.forEngine(RedshiftTestEngine.ID)
                .append("spec", file.toAbsolutePath().normalize().toString().replace('\\', '/'));
    }

    private static TestDescriptor discover(org.junit.platform.engine.DiscoverySelector selector) {
        return new RedshiftTestEngine().discover(
                org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request().selectors(selector).build(),
                org.junit.platform.engine.UniqueId.forEngine(RedshiftTestEngine.ID));
    }

    private static Map<String, TestExecutionResult.Status> statuses(EngineExecutionResults r) {
        Map<String, TestExecutionResult.Status> m = new java.util.LinkedHashMap<>();
        r.testEvents().finished().stream().forEach(e -> m.put(e.getTestDescriptor().getDisplayName(),
                e.getPayload(TestExecutionResult.class).orElseThrow().getStatus()));
        return m;
    }

    private static List<Map<String, String>> entries(EngineExecutionResults r) {
        return r.testEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()).toList();
    }

    private static String message(Event e) {
        return e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage();
    }
}
