package dev.redshift.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What Allure shows about a run besides its tests: {@code categories.json}, which files a paper claim that does not
 * replicate (FAIL) apart from an undecided one (INCONCLUSIVE) and from a spec that could not run, and
 * {@code environment.properties}, the Environment panel.
 */
public final class AllureRunInfo {

    /**
     * Allure's categories, first match wins. FAIL is a failed test (AssertionFailedError, the evidence sentence as
     * message); INCONCLUSIVE is aborted (Allure: skipped) or, with {@code redshift.inconclusive=failed}, a failure
     * whose message starts with {@code INCONCLUSIVE:}; a broken spec is a failure by any other error (Allure:
     * broken).
     */
    static final String CATEGORIES = """
            [
              {
                "name": "INCONCLUSIVE: undecided within the budget",
                "description": "The confidence bounds still straddle the expectation after samples.max networks.",
                "matchedStatuses": ["skipped", "failed", "broken"],
                "messageRegex": "INCONCLUSIVE:[\\\\s\\\\S]*"
              },
              {
                "name": "FAIL: a paper claim that does not replicate",
                "description": "Our measurement shows the opposite of the claim, outside its confidence bounds.",
                "matchedStatuses": ["failed"]
              },
              {
                "name": "Broken spec: the claim could not run",
                "description": "A mistake in the spec, a configuration too large for memory, or too many non-finite networks.",
                "matchedStatuses": ["broken"]
              }
            ]
            """;

    private AllureRunInfo() {
    }

    /** A key or value as java.util.Properties reads it back: separators, line breaks and non-Latin-1 escaped. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\', '=', ':', '#', '!', ' ' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c > 0xff ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** Writes {@code categories.json} and {@code environment.properties} (its entries in the map's order) into {@code results}. */
    public static void write(Path results, Map<String, String> environment) {
        try {
            Files.createDirectories(results);
            Files.writeString(results.resolve("categories.json"), CATEGORIES, StandardCharsets.UTF_8);
            StringBuilder text = new StringBuilder("# Redshift run\n");
            environment.forEach((k, v) -> text.append(escape(k)).append('=').append(escape(v)).append('\n'));
            Files.writeString(results.resolve("environment.properties"), text, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Allure's run information into " + results, e);
        }
    }
}
