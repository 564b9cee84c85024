package dev.redshift.spec;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose {@link Claim} methods declare claims in Java. The redshift engine discovers it like a
 * spec file; each method is one test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Claims {
    /** The title of the claims, as a spec's {@code spec:}; the class's simple name when empty. */
    String value() default "";
}
