package dev.redshift.engine;

import dev.redshift.spec.ClaimPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each claim reached in earlier runs, kept beside the sample cache ({@value #FILE}), as jqwik keeps its
 * database: one line per claim, {@code key TAB verdict TAB networks per configuration}. {@code --resume} reads it so
 * that a claim goes straight to the networks it had (read back from the cache) and continues its sequential test
 * from there. The key names the claim and everything that decides its networks and its bounds (spec title, name,
 * seed, budget, confidence, expectation), so a changed claim starts afresh.
 */
final class RunRecord {

    static final String FILE = "run-record.tsv";
    /** {@code true}: claims start from the networks the record says they had. */
    static final String RESUME = "redshift.resume";

    private final Path file;
    private final Map<String, String[]> entries = new LinkedHashMap<>();

    private RunRecord(Path file) {
        this.file = file;
    }

    /** The record in {@code cacheDir}, empty when there is none yet. */
    static RunRecord in(Path cacheDir) {
        RunRecord r = new RunRecord(cacheDir.resolve(FILE));
        if (Files.isRegularFile(r.file)) {
            try {
                for (String line : Files.readAllLines(r.file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t");
                    if (f.length == 3) {
                        r.entries.put(f[0], new String[] {f[1], f[2]});
                    }
                }
            } catch (IOException e) {
                System.err.println("[redshift] run record unreadable, starting afresh: " + e.getMessage());
            }
        }
        return r;
    }

    static String key(ClaimPlan plan) {
        return (plan.spec() + "#" + plan.name() + "#" + plan.seed() + "#" + plan.budget().min() + "-"
                + plan.budget().max() + "#" + plan.confidence() + "#" + plan.expectation().id()).replace('\t', ' ')
                .replace('\n', ' ');
    }

    /** Networks per configuration the claim had reached, 0 when the record does not know it. */
    synchronized int networks(ClaimPlan plan) {
        String[] e = entries.get(key(plan));
        return e == null ? 0 : Integer.parseInt(e[1]);
    }

    /** Records a claim's outcome and writes the file (atomically, so a killed run leaves the old one). */
    synchronized void put(ClaimOutcome outcome) {
        entries.put(key(outcome.plan()), new String[] {outcome.evidence().verdict().name(),
            String.valueOf(outcome.evidence().networksPerConfiguration())});
        StringBuilder text = new StringBuilder();
        entries.forEach((k, v) -> text.append(k).append('\t').append(v[0]).append('\t').append(v[1]).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
