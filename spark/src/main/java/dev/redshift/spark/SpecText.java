package dev.redshift.spark;

import dev.redshift.spec.ClaimDefaults;
import dev.redshift.spec.ClaimEntry;
import dev.redshift.spec.ClaimPlan;
import dev.redshift.spec.SpecParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A spec file as the driver read it, with the run-wide settings its plans were built with: everything an executor
 * needs to build the same claim plan.
 *
 * @param path the file as shown in positions (seeds depend on it)
 * @param text its contents
 * @param confidence the run's default confidence
 * @param samplesScale the run's budget scale
 * @param seedOverride the run's seed override, or null
 */
public record SpecText(String path, String text, double confidence, double samplesScale, Long seedOverride)
        implements Serializable {

    private static final String CLASSPATH = "classpath:";

    /**
     * The spec file a plan was parsed from, read here; empty for a claim that no spec file declares (a Java
     * {@code @Claims} class), which then runs in process.
     */
    public static Optional<SpecText> of(ClaimPlan plan, ClaimDefaults defaults) {
        String file = plan.position().file();
        try {
            String text;
            if (file.startsWith(CLASSPATH)) {
                ClassLoader loader = Thread.currentThread().getContextClassLoader();
                try (InputStream in = loader.getResourceAsStream(file.substring(CLASSPATH.length()))) {
                    if (in == null) {
                        return Optional.empty();
                    }
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } else if (Files.isRegularFile(Path.of(file)) && (file.endsWith(".yaml") || file.endsWith(".yml"))) {
                text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } else {
                return Optional.empty();
            }
            return Optional.of(new SpecText(file, text, defaults.confidence(), defaults.samplesScale(),
                    defaults.seedOverride()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " for the executors: " + e.getMessage(), e);
        }
    }

    /** The named claim's plan, parsed as the driver parsed it. */
    public ClaimPlan plan(String claim) {
        ClaimDefaults defaults = new ClaimDefaults(confidence, samplesScale, seedOverride);
        for (ClaimEntry e : new SpecParser(defaults).parse(path, text).claims()) {
            if (e.name().equals(claim)) {
                if (e.error() != null) {
                    throw e.error();
                }
                return e.plan();
            }
        }
        throw new IllegalStateException(path + " has no claim '" + claim + "' on this executor");
    }
}
