package dev.redshift.findings;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Checks that every passage a spec quotes in a {@code source:} (the text between double quotes) is the source's
 * exact words: the paper's, or the blog's for a blog claim (a local-volume spec, or a source naming the blog, Jaburi
 * or Belrose). Within one source a label before a quote names whose words it is, so a claim may quote both: the
 * nearest of "NRS", "paper" or "Teney" (the paper) and "blog", "Jaburi" or "Belrose" (the blog) in the unquoted text
 * before the quote decides, and a quote with no label before it takes the claim's default. The blog registry's
 * statements ({@code findings/blog.yaml}, {@code says}) are checked against the blog too. Whitespace, markdown emphasis ({@code *}, {@code **}) and quote styles (’ “ ” against ' ") do not
 * count; an ellipsis ({@code ...} or {@code …}) joins verbatim pieces that must appear in that order. A quote that
 * is not verbatim is named with its file:line, its claim and the first word from which it is not the source's.
 */
public final class QuoteCheck {

    /** One quoted passage of a spec. */
    public record Quote(String file, int line, String claim, String text, boolean blog) {
    }

    /** A quote that is not the source's words: {@code differs} is its first word (with what follows) that is not. */
    public record Mismatch(Quote quote, String matched, String differs) {
        @Override
        public String toString() {
            return quote.file() + ":" + quote.line() + ": claim \"" + quote.claim() + "\": not verbatim in the "
                    + (quote.blog() ? "blog" : "paper") + " from the word \"" + differs + "\""
                    + (matched.isEmpty() ? " (its first word)" : " (after \"" + tail(matched) + "\")");
        }

        private static String tail(String s) {
            return s.length() <= 60 ? s : "…" + s.substring(s.length() - 60);
        }
    }

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\\.\\.\\.|…)\\s*");
    private static final Pattern BLOG = Pattern.compile("blog|Jaburi|Belrose", Pattern.CASE_INSENSITIVE);
    /** A label naming whose words follow: group 1 the paper, group 2 the blog. */
    private static final Pattern LABEL = Pattern.compile("\\b(NRS|paper|Teney)\\b|\\b(blog|Jaburi|Belrose)",
            Pattern.CASE_INSENSITIVE);

    private final String paper;
    private final String blog;

    /** A check against these texts (the paper's and the blog's, as markdown). */
    public QuoteCheck(String paper, String blog) {
        this.paper = normalise(rejoin(paper));
        this.blog = normalise(rejoin(blog));
    }

    /**
     * The source's paragraphs joined across page breaks: a line that ends in a hyphenated word ("mag-") or mid-sentence
     * is continued by the next line, within 40, that starts in lower case (figure captions stand between them in
     * the converted text); that line moves up to join it.
     */
    static String rejoin(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            boolean hyphen = line.matches(".*[a-z]-$");
            if (!hyphen && !line.matches(".*[a-z,]$")) {
                continue;
            }
            for (int j = i + 1; j < Math.min(lines.size(), i + 40); j++) {
                String next = lines.get(j);
                if (next.matches("^[a-z].*")) {
                    lines.set(i, hyphen ? line.substring(0, line.length() - 1) + next : line + " " + next);
                    lines.remove(j);
                    i--; // the joined line may itself end mid-sentence
                    break;
                }
                if (j == i + 1 && !next.isBlank()) {
                    break;
                }
            }
        }
        return String.join("\n", lines);
    }

    /** The text as quotes are compared: one space for any whitespace, no emphasis marks, one style of quotes. */
    static String normalise(String text) {
        String s = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u00a0', ' ').replace("*", "");
        // a citation marker ([16], [28, 55]) may be left out of a quote, as quoting usually does
        s = s.replaceAll("\\s*\\[\\d+(?:,\\s*\\d+)*\\]", "");
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Every quoted passage of a spec's text, top-level and per claim, with the line of its {@code source:}. */
    public static List<Quote> quotes(String file, String yaml) {
        Node root = new Compose(LoadSettings.builder().setLabel(file).build()).composeString(yaml).orElse(null);
        List<Quote> out = new ArrayList<>();
        if (!(root instanceof MappingNode top)) {
            return out;
        }
        boolean blogFile = Path.of(file).getFileName().toString().startsWith("local-volume");
        String topSource = "";
        for (NodeTuple t : top.getValue()) {
            String key = scalar(t.getKeyNode());
            if ("source".equals(key)) {
                topSource = scalar(t.getValueNode());
                add(out, file, "(the spec's source)", t.getValueNode(), blogFile || BLOG.matcher(topSource).find());
            }
        }
        for (NodeTuple t : top.getValue()) {
            if (!"claims".equals(scalar(t.getKeyNode())) || !(t.getValueNode() instanceof SequenceNode claims)) {
                continue;
            }
            for (Node c : claims.getValue()) {
                if (!(c instanceof MappingNode claim)) {
                    continue;
                }
                String name = "";
                Node source = null;
                for (NodeTuple k : claim.getValue()) {
                    String key = scalar(k.getKeyNode());
                    if ("claim".equals(key)) {
                        name = scalar(k.getValueNode());
                    } else if ("source".equals(key)) {
                        source = k.getValueNode();
                    }
                }
                if (source != null) {
                    add(out, file, name, source, blogFile || BLOG.matcher(scalar(source)).find());
                }
            }
        }
        return out;
    }

    private static void add(List<Quote> out, String file, String claim, Node source, boolean blog) {
        int line = source.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        String text = scalar(source).replace('\u201c', '"').replace('\u201d', '"');
        Matcher m = QUOTED.matcher(text);
        boolean current = blog;
        int end = 0;
        while (m.find()) {
            // the last label in our words since the previous quote names whose words this one is; none: as before
            Matcher label = LABEL.matcher(text.substring(end, m.start()));
            while (label.find()) {
                current = label.group(2) != null;
            }
            out.add(new Quote(file, line, claim, m.group(1), current));
            end = m.end();
        }
    }

    /**
     * The blog registry's statements as quotes of the blog: each entry's {@code says}, with the registry's name and
     * the line of its {@code says:}.
     */
    public static List<Quote> registryQuotes(String file, String yaml) {
        Node root = new Compose(LoadSettings.builder().setLabel(file).build()).composeString(yaml).orElse(null);
        List<Quote> out = new ArrayList<>();
        if (!(root instanceof SequenceNode entries)) {
            return out;
        }
        for (Node e : entries.getValue()) {
            if (!(e instanceof MappingNode entry)) {
                continue;
            }
            String id = "";
            for (NodeTuple k : entry.getValue()) {
                if ("id".equals(scalar(k.getKeyNode()))) {
                    id = scalar(k.getValueNode());
                }
            }
            for (NodeTuple k : entry.getValue()) {
                if ("says".equals(scalar(k.getKeyNode()))) {
                    int line = k.getValueNode().getStartMark().map(m -> m.getLine() + 1).orElse(0);
                    out.add(new Quote(file, line, id, scalar(k.getValueNode()), true));
                }
            }
        }
        return out;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : "";
    }

    /** Null when the quote is the source's words, otherwise where it stops being them. */
    public Mismatch check(Quote quote) {
        String text = quote.blog() ? blog : paper;
        int from = 0;
        StringBuilder matchedSoFar = new StringBuilder();
        for (String piece : ELLIPSIS.split(normalise(quote.text()))) {
            if (piece.isBlank()) {
                continue;
            }
            int at = text.indexOf(piece, from);
            if (at >= 0) {
                from = at + piece.length();
                matchedSoFar.append(matchedSoFar.isEmpty() ? "" : " … ").append(piece);
                continue;
            }
            String[] words = piece.split(" ");
            String prefix = "";
            for (int n = 1; n <= words.length; n++) {
                String candidate = String.join(" ", java.util.Arrays.copyOf(words, n));
                if (text.indexOf(candidate, from) < 0) {
                    return new Mismatch(quote, prefix, words[n - 1]);
                }
                prefix = candidate;
            }
            return new Mismatch(quote, prefix, words[words.length - 1]);
        }
        return null;
    }

    /**
     * {@code QuoteCheck [--sources DIR] PATH...}: checks the spec files (or folders of them) against DIR's
     * neural-redshift-teney-2024.md and local-volumes-jaburi-belrose-2025.md (default ../shared/sources); exit 1
     * when a quote is not verbatim, 2 on bad input.
     */
    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, resource(REGISTRY));
    }

    /** As {@link #run(List, PrintStream, PrintStream)}, with the blog registry's text given. */
    static int run(List<String> args, PrintStream out, PrintStream err, String registry) {
        Path sources = Path.of("../shared/sources");
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--sources") && i + 1 < args.size()) {
                sources = Path.of(args.get(++i));
            } else if (args.get(i).startsWith("--")) {
                err.println("check-quotes: unknown option " + args.get(i) + " (allowed: --sources DIR)");
                return 2;
            } else {
                paths.add(Path.of(args.get(i)));
            }
        }
        if (paths.isEmpty()) {
            paths = List.of(Path.of("specs"), Path.of("specs-gpu"));
        }
        Path paperFile = sources.resolve("neural-redshift-teney-2024.md");
        Path blogFile = sources.resolve("local-volumes-jaburi-belrose-2025.md");
        if (!Files.isRegularFile(paperFile) || !Files.isRegularFile(blogFile)) {
            err.println("check-quotes: " + sources + " must hold neural-redshift-teney-2024.md and "
                    + "local-volumes-jaburi-belrose-2025.md (--sources DIR)");
            return 2;
        }
        QuoteCheck check = new QuoteCheck(read(paperFile), read(blogFile));
        int checked = 0;
        List<Mismatch> mismatches = new ArrayList<>();
        for (Quote q : registryQuotes(REGISTRY, registry)) {
            checked++;
            Mismatch m = check.check(q);
            if (m != null) {
                mismatches.add(m);
            }
        }
        for (Path spec : specFiles(paths)) {
            for (Quote q : quotes(spec.toString().replace('\\', '/'), read(spec))) {
                checked++;
                Mismatch m = check.check(q);
                if (m != null) {
                    mismatches.add(m);
                }
            }
        }
        mismatches.forEach(m -> out.println(m));
        out.println("check-quotes: " + checked + " quotes checked, " + (checked - mismatches.size()) + " verbatim, "
                + mismatches.size() + " not");
        return mismatches.isEmpty() ? 0 : 1;
    }

    /** The blog registry, as the classpath holds it. */
    static final String REGISTRY = "dev/redshift/findings/blog.yaml";

    private static String resource(String name) {
        try (java.io.InputStream in = QuoteCheck.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("check-quotes: " + name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static List<Path> specFiles(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
