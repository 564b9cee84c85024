package dev.redshift.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quote of a spec's source: passes only where it is the source's words. */
class QuoteCheckTest {

    private static final String PAPER = """
            Layer normalization has the *significant* effect of removing variations in complexity with the weights’
            magnitude for all activations (Figure 5). ReLU-like activations (GELU, Swish, SELU [16]) are also biased
            towards low complexity. This creates a clear increase in complexity dependent on depth and weight mag-

            Figure 4. A caption between the pages.

            nitude, even for ReLU activations.
            """;
    private static final String BLOG = "Higher weight scale and more layers did not produce a lower local volume.";

    private static String spec(String source) {
        return "spec: planted\nclaims:\n  - claim: A planted claim\n    source: '" + source + "'\n";
    }

    private static List<QuoteCheck.Mismatch> check(String file, String source) {
        QuoteCheck check = new QuoteCheck(PAPER, BLOG);
        return QuoteCheck.quotes(file, spec(source)).stream().map(check::check).filter(m -> m != null).toList();
    }

    @Test
    void aVerbatimQuotePassesWhateverItsWhitespaceEmphasisQuoteStyleAndCitationMarkers() {
        assertThat(check("specs/a.yaml", "§3: \"Layer normalization has the significant effect of removing "
                + "variations in complexity with the weights'' magnitude for all activations\"; \"ReLU-like "
                + "activations (GELU, Swish, SELU) are also biased towards low complexity\"")).isEmpty();
    }

    @Test
    void piecesJoinedByAnEllipsisAndAWordBrokenAcrossAPagePass() {
        assertThat(check("specs/a.yaml", "§3: \"Layer normalization ... for all activations\"; \"a clear increase in "
                + "complexity dependent on depth and weight magnitude, even for ReLU activations\"")).isEmpty();
    }

    @Test
    void aPlantedBadQuoteFailsNamingFileLineClaimAndTheFirstWordThatDiffers() {
        List<QuoteCheck.Mismatch> bad = check("specs/a.yaml",
                "§3: \"Layer normalization has the remarkable effect of removing variations\"");
        assertThat(bad).singleElement().asString().isEqualTo("specs/a.yaml:4: claim \"A planted claim\": not verbatim"
                + " in the paper from the word \"remarkable\" (after \"Layer normalization has the\")");
    }

    @Test
    void piecesOutOfOrderFail() {
        assertThat(check("specs/a.yaml", "\"for all activations ... Layer normalization\"")).hasSize(1);
    }

    @Test
    void aBlogClaimIsCheckedAgainstTheBlog() {
        assertThat(check("specs/local-volume.yaml", "blog: \"more layers did not produce a lower local volume\""))
                .isEmpty();
        assertThat(check("specs/local-volume.yaml", "blog: \"more layers did not give a lower volume\""))
                .singleElement().asString().contains("in the blog from the word \"give\"");
    }

    @Test
    void aLabelBeforeAQuoteNamesWhoseWordsItIsInABlogClaim() {
        assertThat(check("specs/local-volume.yaml", "NRS §3: \"ReLU-like activations (GELU, Swish, SELU) are also "
                + "biased\" ... \"towards low complexity\"; blog: \"more layers did not produce a lower local volume\"; "
                + "the blog''s reading of NRS (\"for all activations\")")).isEmpty();
        // the paper's words labelled as the blog's, and the blog's labelled as the paper's, both fail
        assertThat(check("specs/local-volume.yaml", "Blog: \"ReLU-like activations (GELU, Swish, SELU) are also biased\""))
                .singleElement().asString().contains("in the blog from the word \"ReLU-like\"");
        assertThat(check("specs/a.yaml", "NRS §3: \"more layers did not produce a lower local volume\""))
                .singleElement().asString().contains("in the paper from the word \"more\"");
    }

    @Test
    void theBlogRegistrysStatementsAreCheckedAgainstTheBlog() {
        QuoteCheck check = new QuoteCheck(PAPER, BLOG);
        List<QuoteCheck.Quote> quotes = QuoteCheck.registryQuotes("blog.yaml", """
                - id: blog-1
                  says: "more layers did not produce a lower local volume."
                - id: blog-2
                  says: "more layers gave a lower local volume"
                """);
        assertThat(quotes).extracting(QuoteCheck.Quote::claim).containsExactly("blog-1", "blog-2");
        assertThat(quotes.stream().map(check::check).filter(m -> m != null).toList()).singleElement().asString()
                .isEqualTo("blog.yaml:4: claim \"blog-2\": not verbatim in the blog from the word \"gave\" (after "
                        + "\"more layers\")");
    }

    @Test
    void theShippedBlogRegistryQuotesTheBlogVerbatim() throws IOException {
        Path blog = Path.of(System.getProperty("redshift.sources", "../shared/sources"),
                "local-volumes-jaburi-belrose-2025.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(blog), "the blog's text is beside the clone");
        QuoteCheck check = new QuoteCheck(PAPER, Files.readString(blog));
        String registry = new String(QuoteCheck.class.getClassLoader().getResourceAsStream(QuoteCheck.REGISTRY)
                .readAllBytes(), StandardCharsets.UTF_8);
        assertThat(QuoteCheck.registryQuotes(QuoteCheck.REGISTRY, registry)).hasSizeGreaterThan(10)
                .allSatisfy(q -> assertThat(check.check(q)).isNull());
    }

    @Test
    void theCommandLineExitsOneOnABadQuoteAndCountsWhatItChecked(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("neural-redshift-teney-2024.md"), PAPER);
        Files.writeString(dir.resolve("local-volumes-jaburi-belrose-2025.md"), BLOG);
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Files.writeString(specs.resolve("a.yaml"), spec("\"Layer normalization has the remarkable effect\""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = QuoteCheck.run(List.of("--sources", dir.toString(), specs.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err, "");
        assertThat(rc).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("from the word \"remarkable\"")
                .contains("1 quotes checked, 0 verbatim, 1 not");
    }
}
