package dev.redshift.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file a network family reads its architecture from, named as the user gave it and identified by the SHA-256
 * of its content: the hash is part of every configuration's parameters, so a changed file is another
 * configuration in the claim's evidence and another key in the sample cache.
 *
 * @param path the file, relative to the working directory unless absolute
 * @param sha256 lowercase hex SHA-256 of its bytes
 */
public record ModuleFile(Path path, String sha256) {

    /**
     * The file at {@code name}, hashed now.
     *
     * @throws IllegalArgumentException when there is no readable file there
     */
    public static ModuleFile of(String name) {
        Path path = Path.of(name.strip());
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no such file '" + name + "' (relative to "
                    + Path.of("").toAbsolutePath() + ") — expected a TorchScript module saved with torch.jit.save");
        }
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return new ModuleFile(path, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read '" + name + "' (" + e.getMessage() + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /** The first 12 hex digits of the hash, enough to tell versions apart in a report. */
    public String shortHash() {
        return sha256.substring(0, 12);
    }

    /** {@code path@sha256:…}, the whole hash: this string is what cache keys and claim parameters hold. */
    @Override
    public String toString() {
        return path + "@sha256:" + sha256;
    }
}
