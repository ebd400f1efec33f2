package dev.parallax.support.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.parallax.support.text.UntrustedText;

public class VisibleTextValidator implements ConstraintValidator<VisibleText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return UntrustedText.hasVisibleText(value);
    }
}
