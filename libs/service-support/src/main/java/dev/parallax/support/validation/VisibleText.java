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
 * Required text with something to read: not null and not only white space, controls or invisible format
 * characters ({@code @NotBlank} lets a text of zero-width spaces through).
 */
@Documented
@Constraint(validatedBy = VisibleTextValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface VisibleText {

    String message() default "is required and must not be blank";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
