package dev.parallax.support.validation;

import java.util.Collection;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.eclipse.microprofile.config.ConfigProvider;

/** Validators of {@link ConfiguredMax}: one for texts (characters), one for collections (elements). */
public final class ConfiguredMaxValidator {

    private ConfiguredMaxValidator() {
    }

    private static int limit(ConfiguredMax annotation) {
        return ConfigProvider.getConfig().getValue(annotation.property(), Integer.class);
    }

    private static boolean report(ConstraintValidatorContext context, int size, String unit, int max) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("has " + size + " " + unit + "; at most " + max + " are accepted")
                .addConstraintViolation();
        return false;
    }

    public static class ForText implements ConstraintValidator<ConfiguredMax, CharSequence> {

        private int max;

        @Override
        public void initialize(ConfiguredMax annotation) {
            max = limit(annotation);
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || value.length() <= max || report(context, value.length(), "characters", max);
        }
    }

    public static class ForCollection implements ConstraintValidator<ConfiguredMax, Collection<?>> {

        private int max;

        @Override
        public void initialize(ConfiguredMax annotation) {
            max = limit(annotation);
        }

        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            return value == null || value.size() <= max || report(context, value.size(), "elements", max);
        }
    }
}
