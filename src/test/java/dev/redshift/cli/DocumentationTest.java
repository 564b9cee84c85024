package dev.redshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.spec.SpecParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The docs check: every Redshift command shown in README.md and docs/ is one the command line takes (each verb
 * parses its options before it does anything, so a flag that no longer exists fails here), the cheap ones are run,
 * every spec shown parses, and every relative link resolves.
 */
class DocumentationTest {


    /** Verbs cheap enough to run for real at CI scale. */
    private static final Set<String> RUN_FOR_REAL = Set.of("schema");

    private static final Pattern COMMAND = Pattern.compile("java -jar target/redshift\\.jar\\s+(.*)");
    /** In a code block a command may also be written as an installed {@code redshift}. */
    private static final Pattern INSTALLED = Pattern.compile("^\\$?\\s*redshift\\s+(.*)");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

    static Stream<Path> pages() throws IOException {
        List<Path> out = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> s = Files.list(Path.of("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    /** Every documented command line: "page:line: words". */
    static Stream<String> commands() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path page : pages().toList()) {
            List<String> lines = Files.readAllLines(page);
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().startsWith("```")) {
                    fenced = !fenced;
                    continue;
                }
                // a shell command goes on after a trailing backslash
                while (line.endsWith("\\") && i + 1 < lines.size()) {
                    line = line.substring(0, line.length() - 1) + " " + lines.get(++i).strip();
                }
                for (String piece : line.split("`")) {
                    Matcher m = (fenced && INSTALLED.matcher(piece.strip()).find() ? INSTALLED : COMMAND)
                            .matcher(piece.strip());
                    while (m.find()) {
                        String words = m.group(1).split("\\s+#|&&|\\|\\||[|;>]")[0].strip();
                        if (!words.isEmpty() && Character.isLetter(words.charAt(0))) {
                            out.add(page + ":" + (i + 1) + ": " + words);
                        }
                    }
                }
            }
        }
        return out.stream().distinct();
    }

    @Test
    void theDocsShowCommands() throws IOException {
        assertThat(commands().filter(c -> c.startsWith("README.md"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(commands()).hasSizeGreaterThan(10);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyDocumentedCommandIsOneTheCommandLineTakes(String command) {
        String words = command.substring(command.indexOf(": ") + 2);
        String[] args = shellWords(words).stream().filter(w -> !w.contains("...") && !w.equals("…"))
                .toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = RUN_FOR_REAL.contains(args[0]) && !Stream.of(args).anyMatch(a -> !a.startsWith("--") && a
                .contains("/")) ? Main.run(args, o, e) : Arguments.checkOnly(() -> Main.run(args, o, e));
        assertThat(err.toString(StandardCharsets.UTF_8)).as(command).isEmpty();
        assertThat(status).as(command).isZero();
    }

    @Test
    void aFlagThatNoLongerExistsIsCaughtWithoutRunningTheCommand() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(Arguments.checkOnly(() -> Main.run(new String[] {"check", "specs/", "--reprot", "r"}, o, e)))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --reprot");
        assertThat(Arguments.checkOnly(() -> Main.run(new String[] {"chekc", "specs/"}, o, e)))
                .isEqualTo(Main.BAD_INPUT);
        // a known command line stops at its options: check specs/ would take minutes
        assertThat(Arguments.checkOnly(() -> Main.run(new String[] {"check", "specs/", "--report", "r"}, o, e)))
                .isEqualTo(Main.OK);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyRelativeLinkResolves(Path page) throws IOException {
        Matcher m = LINK.matcher(Files.readString(page));
        List<String> broken = new ArrayList<>();
        while (m.find()) {
            String target = m.group(1).split("#")[0];
            if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
                continue;
            }
            Path resolved = page.toAbsolutePath().getParent().resolve(target).normalize();
            String fromRoot = Path.of("").toAbsolutePath().relativize(resolved).toString();
            if (!Files.exists(resolved)) {
                broken.add(m.group(1));
            }
        }
        assertThat(broken).as(page + ": links that resolve to nothing").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everySpecShownParses(Path page) throws IOException {
        String text = Files.readString(page);
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(text);
        while (m.find()) {
            String yaml = m.group(1);
            if (!yaml.lines().anyMatch(l -> l.startsWith("spec:"))) {
                continue;
            }
            var file = new SpecParser().parse(page.toString(), yaml);
            assertThat(file.claims()).as(page + ": a spec shown").allSatisfy(c -> assertThat(c.error())
                    .as(c.name()).isNull());
        }
    }

    /** Words as a POSIX shell splits them, quotes removed. */
    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else if (Character.isWhitespace(c)) {
                if (w.length() > 0 || any) {
                    words.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
            }
        }
        if (w.length() > 0 || any) {
            words.add(w.toString());
        }
        return words;
    }
}
