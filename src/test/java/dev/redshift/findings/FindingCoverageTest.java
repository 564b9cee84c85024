package dev.redshift.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.spec.SpecFile;
import dev.redshift.spec.SpecParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every finding of the registries is encoded by a claim of specs/ or specs-gpu/, or says why not. */
class FindingCoverageTest {

    static List<SpecFile> battery() {
        List<SpecFile> specs = new ArrayList<>();
        for (String folder : List.of("specs", "specs-gpu")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> {
                    try {
                        specs.add(new SpecParser().parse(p.toString(), Files.readString(p)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return specs;
    }

    private static SpecFile spec(String path, String claims) {
        return new SpecParser().parse(path, "spec: planted\ndefaults:\n  network: mlp\n  measure: fourier\nclaims:\n"
                + claims);
    }

    private static final String RELU_INVARIANT = """
              - claim: ReLU complexity is invariant to weight magnitude
                finding: 2
                vary: { weightScale: [1, 4] }
                expect: invariant
                margin: 10%
            """;

    private static FindingRegistry registry(Finding... findings) {
        return new FindingRegistry(List.of(findings));
    }

    @Test
    void everyFindingOfTheShippedRegistriesHasAClaimOrAReasonAndEveryClaimNamesAKnownFinding() {
        FindingCoverage coverage = new FindingCoverage(FindingRegistry.shipped(), battery());
        assertThat(coverage.problems()).isEmpty();
    }

    @Test
    void thePaperRegistryHoldsFindingsMdsSeventyEightFindingsVerbatim() throws IOException {
        List<Finding> paper = FindingRegistry.shipped().all().stream().filter(f -> !f.blog()).toList();
        assertThat(paper).extracting(Finding::id)
                .containsExactlyElementsOf(Stream.iterate(1, n -> n + 1).limit(78).map(String::valueOf).toList());
        Path source = Path.of(System.getProperty("redshift.sources", "../shared/sources"), "findings.md");
        Assumptions.assumeTrue(Files.isRegularFile(source), "no ../shared/sources here");
        Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\| (.*?) \\| (.*) \\|$").matcher(Files.readString(source));
        int n = 0;
        while (row.find()) {
            Finding f = paper.get(n++);
            assertThat(f.id()).isEqualTo(row.group(1));
            assertThat(f.where()).isEqualTo(row.group(2));
            assertThat(f.says()).isEqualTo(row.group(3));
        }
        assertThat(n).isEqualTo(78);
    }

    @Test
    void aPlantedOrphanFindingFailsTheCheck() {
        FindingCoverage coverage = new FindingCoverage(registry(new Finding("2", "§3", "unaffected", null),
                new Finding("79", "§9", "a planted finding", null)), List.of(spec("specs/a.yaml", RELU_INVARIANT)));
        assertThat(coverage.problems()).singleElement().asString()
                .startsWith("finding 79 (§9) has no claim and no untested: reason");
    }

    @Test
    void aFindingWithAReasonNeedsNoClaimButOneWithAClaimMayNotKeepItsReason() {
        FindingCoverage coverage = new FindingCoverage(registry(new Finding("2", "§3", "unaffected", "pending"),
                new Finding("79", "§9", "qualitative", "qualitative: a picture")),
                List.of(spec("specs/a.yaml", RELU_INVARIANT)));
        assertThat(coverage.problems()).singleElement().asString().contains("finding 2 is encoded by specs/a.yaml:")
                .contains("yet its registry entry says untested: pending");
    }

    @Test
    void aClaimNamingAPlantedUnknownIdFailsTheCheck() {
        FindingCoverage coverage = new FindingCoverage(registry(new Finding("2", "§3", "unaffected", null)),
                List.of(spec("specs/a.yaml", RELU_INVARIANT.replace("finding: 2", "finding: [2, 99]"))));
        assertThat(coverage.problems()).singleElement().asString().startsWith("specs/a.yaml:6:")
                .contains("names finding 99, which no registry has");
    }

    @Test
    void aPaperClaimThatNamesNoFindingFailsTheCheck() {
        FindingCoverage coverage = new FindingCoverage(registry(new Finding("2", "§3", "unaffected", "reason")),
                List.of(spec("specs/a.yaml", RELU_INVARIANT.replace("    finding: 2\n", ""))));
        assertThat(coverage.problems()).singleElement().asString().contains("names no finding");
    }

    @Test
    void aControlBelongsToItsClaimsFindingAndCountsForNone() {
        String control = """
                  - claim: 'Control: tanh complexity is invariant to weight magnitude'
                    controls: ReLU complexity is invariant to weight magnitude
                    with: { activation: tanh }
                    vary: { weightScale: [1, 4] }
                    expect: invariant
                    margin: 10%
                """;
        FindingRegistry registry = registry(new Finding("2", "§3", "unaffected", null), new Finding("8", "§3", "tanh",
                "reason"));
        FindingCoverage inherited = new FindingCoverage(registry, List.of(spec("specs/a.yaml", RELU_INVARIANT + control)));
        assertThat(inherited.problems()).isEmpty();
        assertThat(inherited.encodings("2")).extracting(p -> p.name())
                .containsExactly("ReLU complexity is invariant to weight magnitude");
        FindingCoverage other = new FindingCoverage(registry, List.of(spec("specs/a.yaml", RELU_INVARIANT
                + control.replace("    controls:", "    finding: 8\n    controls:"))));
        assertThat(other.problems()).singleElement().asString().contains("is a control of")
                .contains("names finding [8], not its claim's [2]");
    }

    @Test
    void aSanityCheckDoesNotEncodeTheFindingItNames() {
        FindingCoverage coverage = new FindingCoverage(registry(new Finding("2", "§3", "unaffected", null)),
                List.of(spec("specs/a.yaml", RELU_INVARIANT.replace("    finding: 2\n",
                        "    finding: 2\n    tags: [sanity]\n"))));
        assertThat(coverage.problems()).singleElement().asString().startsWith("finding 2 (§3) has no claim");
    }

    @Test
    void aLocalVolumeSpecWithoutAnyFindingWaitsForTheBlogRegistryButOneThatNamesSomeMustNameAll() {
        FindingRegistry registry = registry(new Finding("blog-1", "intro", "volumes", null));
        String unnamed = RELU_INVARIANT.replace("    finding: 2\n", "");
        assertThat(new FindingCoverage(registry(), List.of(spec("specs/local-volume.yaml", unnamed))).problems())
                .isEmpty();
        String named = RELU_INVARIANT.replace("finding: 2", "finding: blog-1")
                + unnamed.replace("ReLU complexity", "ReLU LZ complexity");
        assertThat(new FindingCoverage(registry, List.of(spec("specs/local-volume.yaml", named))).problems())
                .singleElement().asString().contains("names no finding");
    }
}
