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

/** An ISO date or date-time in the years {@link dev.parallax.support.text.IsoDates} accepts; null and blank are valid. */
@Documented
@Constraint(validatedBy = IsoDateValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface IsoDate {

    String message() default "must be an ISO date (2015-09-18) or date-time (2015-09-18T08:30:00Z)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
