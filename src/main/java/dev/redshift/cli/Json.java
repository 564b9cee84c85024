package dev.redshift.cli;

import dev.redshift.measure.Complexity;
import java.util.Map;
import java.util.StringJoiner;

/** The little JSON the command line prints. */
final class Json {

    private Json() {
    }

    /**
     * {@code {"fourier": 2.5, ..., "undefined": {"fourier": "why"}}}; an undefined value is {@code null}
     * (JSON has no NaN) and its reason is listed under {@code undefined}.
     */
    static String complexities(Map<String, Complexity> results) {
        StringJoiner body = new StringJoiner(", ", "{", "}");
        StringJoiner undefined = new StringJoiner(", ", "{", "}");
        boolean anyUndefined = false;
        for (Map.Entry<String, Complexity> e : results.entrySet()) {
            Complexity c = e.getValue();
            body.add(quote(e.getKey()) + ": " + (c.isDefined() ? number(c.value()) : "null"));
            if (!c.isDefined()) {
                undefined.add(quote(e.getKey()) + ": " + quote(c.undefinedReason()));
                anyUndefined = true;
            }
        }
        if (anyUndefined) {
            body.add("\"undefined\": " + undefined);
        }
        return body.toString();
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
