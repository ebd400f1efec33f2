package dev.parallax.support.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * At most as many characters (a text) or elements (a list) as the configuration property {@link #property} says,
 * read when the validator starts: operators set these limits per deployment, so they cannot be annotation
 * constants. A violation is answered 413, like one carrying {@link TooLarge}. Null is valid.
 */
@Documented
@Constraint(validatedBy = { ConfiguredMaxValidator.ForText.class, ConfiguredMaxValidator.ForCollection.class })
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface ConfiguredMax {

    /** The MicroProfile Config property holding the limit, e.g. {@code langid.max-text-chars}. */
    String property();

    String message() default "is too large";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
