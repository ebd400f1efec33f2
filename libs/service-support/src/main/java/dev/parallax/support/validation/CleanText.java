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
 * Text as {@link dev.parallax.support.text.UntrustedText} accepts it: no unpaired UTF-16 surrogate and, unless the
 * service strips them ({@link #controlsStripped}), no control character but tab and line breaks. Null is valid.
 */
@Documented
@Constraint(validatedBy = CleanTextValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface CleanText {

    /** True where the service removes control characters itself (it stores or rewrites the text). */
    boolean controlsStripped() default false;

    String message() default "holds characters that are not text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
