package dev.parallax.support.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.parallax.support.text.UntrustedText;

public class CleanTextValidator implements ConstraintValidator<CleanText, String> {

    private boolean controlsStripped;

    @Override
    public void initialize(CleanText annotation) {
        controlsStripped = annotation.controlsStripped();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String problem = UntrustedText.firstProblem(value, !controlsStripped);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(Templates.literal(problem)).addConstraintViolation();
        return false;
    }
}
