package dev.redshift.cli;

import dev.redshift.spec.SpecSchema;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code schema [FILE] [--built-in]}: the JSON Schema of the spec language, printed or written to FILE. It names
 * what the class path registers (families and activations of plug-ins included); {@code --built-in} gives the
 * schema shipped in the jar.
 */
final class SchemaCommand {

    private final PrintStream out;

    SchemaCommand(PrintStream out) {
        this.out = out;
    }

    int run(String[] args) {
        Arguments a = Arguments.parse("schema", args, 1, Set.of(), Set.of("built-in"));
        if (a.positionals().size() > 1) {
            throw new UsageException("schema: expected at most one file to write, got " + a.positionals().size());
        }
        String json = SpecSchema.json(a.flag("built-in") ? SpecSchema.Vocabulary.builtIn()
                : SpecSchema.Vocabulary.live());
        if (a.positionals().isEmpty()) {
            out.print(json);
            return Main.OK;
        }
        Path file = Path.of(a.positionals().get(0));
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("wrote " + file);
        return Main.OK;
    }
}
