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
 * A list holding between as many elements as two configuration properties say, both inclusive: a request the
 * service cannot work with (400), unlike {@link ConfiguredMax}, which refuses too much of something it could
 * take (413). Null is valid (pair with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = ConfiguredSizeValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface ConfiguredSize {

    /** The MicroProfile Config property holding the least number of elements. */
    String minProperty();

    /** The MicroProfile Config property holding the most. */
    String maxProperty();

    String message() default "holds the wrong number of elements";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
