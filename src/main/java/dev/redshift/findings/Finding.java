package dev.redshift.findings;

/**
 * One finding of a registry: a statement of the paper or of the blog a reader could test.
 *
 * @param id its key: the paper's number ({@code "14"}) or the blog's {@code "blog-3"}
 * @param where where the source says it (section, figure)
 * @param says what it says, verbatim as the registry's reading gives it
 * @param untested why no claim encodes it, or null when claims should
 */
public record Finding(String id, String where, String says, String untested) {

    /** Whether it is one of the blog's statements rather than the paper's. */
    public boolean blog() {
        return id.startsWith(FindingRegistry.BLOG_PREFIX);
    }
}
