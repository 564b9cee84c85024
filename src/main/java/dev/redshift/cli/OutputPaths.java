package dev.redshift.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a command will write, checked before it samples a single network: a report folder that is a file, a file
 * that is a folder, a place that cannot be created or written is one line naming the option, the path and what is
 * wrong (exit 2) rather than a failure after the run. Checking creates the folders the outputs go in, as writing
 * them would.
 */
final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * A folder the command writes into ({@code --report DIR}), with the sub-folders it writes there.
     *
     * @throws UsageException when it cannot be a writable folder
     */
    static void folder(String verb, String option, Path dir, String... subFolders) {
        String what = verb + ": --" + option + " " + dir + ": ";
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException(what + "is a file, not a folder — name a folder for the reports");
        }
        create(what, dir);
        for (String sub : subFolders) {
            Path p = dir.resolve(sub);
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new UsageException(what + p + " is a file, where the report writes a folder — move it away");
            }
        }
        probe(what, dir);
    }

    /**
     * A file the command writes ({@code --junit-xml}, {@code --csv}, {@code --png}): replaced if it exists.
     *
     * @throws UsageException when it cannot be written
     */
    static void file(String verb, String option, Path file) {
        String what = verb + ": --" + option + " " + file + ": ";
        if (Files.isDirectory(file)) {
            throw new UsageException(what + "is a folder, not a file — name the file to write");
        }
        Path parent = file.toAbsolutePath().getParent();
        create(what, parent);
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new UsageException(what + "exists and is not writable");
        }
        probe(what, parent);
    }

    private static void create(String what, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(what + "cannot create the folder: " + e.getFile() + " is a file");
        } catch (IOException e) {
            throw new UsageException(what + "cannot create the folder (" + reason(e) + ")");
        }
    }

    /** Writes and removes a file in {@code dir}: permissions, a read-only file system and a full disk all show. */
    private static void probe(String what, Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, ".redshift-write-check-", ""));
        } catch (IOException e) {
            throw new UsageException(what + "cannot write in " + dir + " (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException n) {
            return "no such folder " + n.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
