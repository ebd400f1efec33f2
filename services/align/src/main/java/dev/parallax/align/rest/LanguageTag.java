package dev.parallax.align.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A BCP 47 tag whose primary subtag is an ISO 639 language, or "und"; null is valid (the language is then detected). */
@Documented
@Constraint(validatedBy = LanguageTag.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface LanguageTag {

    String message() default "is not a BCP 47 language code such as da, nb or nn";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LanguageTag, String> {

        private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
        /** Longer than any language tag a client means (RFC 5646 advises supporting 35 characters). */
        static final int MAX_TAG_CHARS = 64;

        @Override
        public boolean isValid(String tag, ConstraintValidatorContext context) {
            if (tag == null) {
                return true;
            }
            String trimmed = tag.trim();
            // checked before the pattern, whose repetition would otherwise recurse once per subtag of a huge tag
            if (trimmed.length() > MAX_TAG_CHARS || !trimmed.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
                return false;
            }
            String primary = Locale.forLanguageTag(trimmed).getLanguage();
            String lower = trimmed.toLowerCase(Locale.ROOT);
            return lower.equals("und") || lower.startsWith("und-") || ISO_LANGUAGES.contains(primary)
                    || ISO_LANGUAGES.contains(lower.split("-")[0]);
        }
    }
}
