package dev.redshift.spec;

import java.util.List;

/**
 * A parsed spec file.
 *
 * @param path the file as shown to users
 * @param title its {@code spec:} title
 * @param source its {@code source:} citation, may be empty
 * @param claims its claims in order, each ready to run or carrying its mistake
 */
public record SpecFile(String path, String title, String source, List<ClaimEntry> claims) {
}
