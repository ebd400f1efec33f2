package dev.parallax.support.validation;

import java.util.Collection;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.eclipse.microprofile.config.ConfigProvider;

public class ConfiguredSizeValidator implements ConstraintValidator<ConfiguredSize, Collection<?>> {

    private int min;
    private int max;

    @Override
    public void initialize(ConfiguredSize annotation) {
        min = ConfigProvider.getConfig().getValue(annotation.minProperty(), Integer.class);
        max = ConfigProvider.getConfig().getValue(annotation.maxProperty(), Integer.class);
    }

    @Override
    public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
        if (value == null || (value.size() >= min && value.size() <= max)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("must hold " + min + " to " + max + " elements; got " + value.size())
                .addConstraintViolation();
        return false;
    }
}
