package dev.parallax.align.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** No two documents share an id: links and claims name documents by it. */
@Documented
@Constraint(validatedBy = UniqueIds.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface UniqueIds {

    String message() default "ids must be unique";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<UniqueIds, List<AlignRequest.DocumentIn>> {

        @Override
        public boolean isValid(List<AlignRequest.DocumentIn> documents, ConstraintValidatorContext context) {
            if (documents == null) {
                return true;
            }
            Set<String> ids = new HashSet<>();
            return documents.stream().filter(Objects::nonNull).map(AlignRequest.DocumentIn::id)
                    .filter(Objects::nonNull).allMatch(ids::add);
        }
    }
}
