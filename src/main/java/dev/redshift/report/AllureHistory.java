package dev.redshift.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Allure's history carried from one report to the next, and the claims whose verdict changed since the previous
 * report. Allure keeps history (trend graphs, each test's past results) in the report's {@code history/} files and
 * reads it back from the results' {@code history/} folder; a single-file report embeds those files in its
 * index.html, from which they are copied out before the next report is generated.
 */
public final class AllureHistory {

    /** A claim whose verdict is not the one of the previous report. */
    public record VerdictChange(String claim, String before, String now) {
        @Override
        public String toString() {
            return before + " → " + now;
        }
    }

    private static final Pattern EMBEDDED = Pattern.compile("d\\('(history/[A-Za-z0-9_.-]+)','([A-Za-z0-9+/=]*)'\\)");
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private AllureHistory() {
    }

    /**
     * Copies the history of the report in {@code report} (its {@code history/} folder, or the history embedded in
     * a single-file index.html) into {@code results/history}, where the next {@code allure generate} reads it.
     *
     * @return the number of history files carried over (0 when there was no previous report)
     */
    public static int carryOver(Path report, Path results) {
        try {
            Path target = results.resolve("history");
            int n = 0;
            Path folder = report.resolve("history");
            if (Files.isDirectory(folder)) {
                Files.createDirectories(target);
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        Files.copy(f, target.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        n++;
                    }
                }
                return n;
            }
            Path index = report.resolve("index.html");
            if (!Files.isRegularFile(index)) {
                return 0;
            }
            Matcher m = EMBEDDED.matcher(Files.readString(index, StandardCharsets.UTF_8));
            while (m.find()) {
                Files.createDirectories(target);
                Files.write(results.resolve(m.group(1)), Base64.getDecoder().decode(m.group(2)));
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot carry the Allure history of " + report + " over", e);
        }
    }

    /**
     * Finds the claims of {@code results} whose verdict differs from their latest one in the carried-over history,
     * and tags each of their results {@code verdict changed: BEFORE → NOW} so that the report shows it.
     */
    public static List<VerdictChange> markChanges(Path results) {
        Map<String, String> before = previousVerdicts(results.resolve("history").resolve("history.json"));
        List<VerdictChange> changes = new ArrayList<>();
        if (before.isEmpty()) {
            return changes;
        }
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("-result.json")).sorted().toList()) {
                JsonObject result = JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject();
                String historyId = text(result, "historyId");
                String was = before.get(historyId);
                String now = verdict(text(result, "status"), message(result));
                if (was == null || was.equals(now)) {
                    continue;
                }
                VerdictChange change = new VerdictChange(text(result, "name"), was, now);
                changes.add(change);
                JsonObject tag = new JsonObject();
                tag.addProperty("name", "tag");
                tag.addProperty("value", "verdict changed: " + change);
                if (!result.has("labels")) {
                    result.add("labels", new JsonArray());
                }
                result.getAsJsonArray("labels").add(tag);
                Files.writeString(f, GSON.toJson(result), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Allure results in " + results, e);
        }
        return changes;
    }

    /**
     * A claim's verdict from an Allure status: passed is PASS, skipped INCONCLUSIVE (reported as aborted), failed
     * FAIL unless its message says INCONCLUSIVE ({@code redshift.inconclusive=failed}), broken a broken spec.
     */
    static String verdict(String status, String message) {
        if (message != null && message.startsWith("INCONCLUSIVE")) {
            return "INCONCLUSIVE";
        }
        return switch (status == null ? "" : status) {
            case "passed" -> "PASS";
            case "failed" -> "FAIL";
            case "skipped" -> "INCONCLUSIVE";
            case "broken" -> "BROKEN";
            default -> status;
        };
    }

    /** historyId → the verdict of its newest item in Allure's history.json. */
    private static Map<String, String> previousVerdicts(Path history) {
        Map<String, String> out = new HashMap<>();
        if (!Files.isRegularFile(history)) {
            return out;
        }
        try {
            JsonObject all = JsonParser.parseString(Files.readString(history, StandardCharsets.UTF_8)).getAsJsonObject();
            for (Map.Entry<String, JsonElement> e : all.entrySet()) {
                JsonArray items = e.getValue().getAsJsonObject().getAsJsonArray("items");
                if (items == null || items.isEmpty()) {
                    continue;
                }
                JsonObject latest = newest(items);
                out.put(e.getKey(), verdict(text(latest, "status"), text(latest, "statusDetails")));
            }
        } catch (IOException | RuntimeException e) {
            // a damaged history is no history: the report still generates, only without changes flagged
            return Map.of();
        }
        return out;
    }

    private static JsonObject newest(JsonArray items) {
        JsonObject best = items.get(0).getAsJsonObject();
        for (JsonElement item : items) {
            if (start(item.getAsJsonObject()) > start(best)) {
                best = item.getAsJsonObject();
            }
        }
        return best;
    }

    private static long start(JsonObject item) {
        JsonObject time = item.getAsJsonObject("time");
        return time != null && time.has("start") ? time.get("start").getAsLong() : Long.MIN_VALUE;
    }

    private static String message(JsonObject result) {
        JsonObject details = result.getAsJsonObject("statusDetails");
        return details == null ? null : text(details, "message");
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }
}
