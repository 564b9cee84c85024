package dev.redshift.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A digest of the compiled classes whose code produces per-network values (the sampler, network families,
 * measures, the trainer). A rebuilt jar whose numbers may differ gets other keys, so a stale cache is never
 * read as this code's numbers even when {@link SampleKey#CODE_VERSION} was not bumped; unchanged code keeps its
 * keys across runs and machines.
 */
public final class CodeFingerprint {

    /** The packages whose classes decide the numbers. */
    static final List<String> PACKAGES = List.of("dev/redshift/eval/", "dev/redshift/network/",
            "dev/redshift/measure/", "dev/redshift/train/");

    private static volatile String current;

    private CodeFingerprint() {
    }

    /** The fingerprint of the running code (computed once): 16 hex digits. */
    public static String current() {
        if (current == null) {
            current = of(CodeFingerprint.class.getProtectionDomain().getCodeSource().getLocation());
        }
        return current;
    }

    private static String of(java.net.URL location) {
        try {
            Path root = Path.of(location.toURI());
            Map<String, byte[]> classes = new TreeMap<>();
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String name = root.relativize(p).toString().replace('\\', '/');
                        if (counts(name)) {
                            classes.put(name, Files.readAllBytes(p));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    for (JarEntry e : jar.stream().toList()) {
                        if (e.getName().endsWith(".class") && counts(e.getName())) {
                            try (InputStream in = jar.getInputStream(e)) {
                                classes.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            classes.forEach((name, bytes) -> {
                sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classes to fingerprint at " + location, e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean counts(String name) {
        return PACKAGES.stream().anyMatch(name::startsWith);
    }
}
