package dev.redshift.spec;

import java.nio.file.Path;

/**
 * How spec files are named to users, in positions and unique IDs: relative to the working directory when under it;
 * and where a path written in a spec lies: relative to the spec's folder (a classpath spec's: its resource's
 * package), as docker-compose and most configuration formats resolve them, so a spec runs from anywhere.
 */
public final class SpecPaths {

    private SpecPaths() {
    }

    /** The path with forward slashes, relative to the working directory when it lies under it. */
    public static String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /**
     * A path written in the spec {@code specKey} (a file as {@link #display} shows it, or {@code classpath:NAME}),
     * shown as {@link #display} shows paths: an absolute one as written, a relative one against the spec's folder.
     * A classpath spec packed in a jar has its file copied out once, to a folder named by the spec's package under
     * the temporary folder, so that the path (and the cache keys that name it) is the same every run.
     */
    public static String resolve(String specKey, String written) {
        String name = written.strip();
        if (Path.of(name).isAbsolute()) {
            return name;
        }
        if (!specKey.startsWith(CLASSPATH)) {
            Path folder = Path.of(specKey).toAbsolutePath().getParent();
            return display(folder.resolve(name));
        }
        String resource = specKey.substring(CLASSPATH.length());
        String pkg = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/') + 1) : "";
        String target = Path.of(pkg + name).normalize().toString().replace('\\', '/');
        java.net.URL url = loader().getResource(target);
        if (url == null) {
            return display(Path.of(pkg.isEmpty() ? "." : pkg).resolve(name));
        }
        try {
            if (url.getProtocol().equals("file")) {
                return display(Path.of(url.toURI()));
            }
            Path copy = Path.of(System.getProperty("java.io.tmpdir"), "redshift-classpath", target);
            // copied every time (a new jar may hold a new file) and moved into place whole
            java.nio.file.Files.createDirectories(copy.getParent());
            try (java.io.InputStream in = url.openStream()) {
                Path part = java.nio.file.Files.createTempFile(copy.getParent(), ".part-", "");
                java.nio.file.Files.copy(in, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                java.nio.file.Files.move(part, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return copy.toString();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalArgumentException("cannot read classpath resource " + target + " (" + e.getMessage()
                    + ")", e);
        }
    }

    /** The folder relative paths in the spec {@code specKey} resolve against, for messages. */
    public static String folder(String specKey) {
        if (!specKey.startsWith(CLASSPATH)) {
            Path parent = Path.of(specKey).toAbsolutePath().getParent();
            String shown = display(parent);
            return shown.isEmpty() ? "." : shown;
        }
        String resource = specKey.substring(CLASSPATH.length());
        return CLASSPATH + (resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/')) : "");
    }

    private static final String CLASSPATH = "classpath:";

    private static ClassLoader loader() {
        ClassLoader l = Thread.currentThread().getContextClassLoader();
        return l != null ? l : SpecPaths.class.getClassLoader();
    }
}
