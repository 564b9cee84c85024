package dev.redshift.spec;

import java.util.List;

/**
 * One claim of a spec file: a plan when it is well formed, its mistake otherwise (a bad claim never stops the
 * others).
 *
 * @param name the claim's name
 * @param position where it is declared
 * @param tags its tags (as far as they could be read)
 * @param plan the plan, or null
 * @param error the mistake, or null
 */
public record ClaimEntry(String name, SourcePosition position, List<String> tags, ClaimPlan plan,
        SpecException error) {
}
