package dk.kompetencenet.platform.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field the application computes and no user types (an internal end of an open-ended series), or a record of what an
 * outside system sent as it came (a mail's id): {@link FieldRules} leaves it alone.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Derived {
}
