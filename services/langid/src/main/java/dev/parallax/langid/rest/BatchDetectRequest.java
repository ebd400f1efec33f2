package dev.parallax.langid.rest;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;

import dev.parallax.support.validation.CleanText;
import dev.parallax.support.validation.ConfiguredMax;
import dev.parallax.support.validation.VisibleText;

/** @param texts 1 to {@code langid.max-batch-texts} texts, answered in the same order */
public record BatchDetectRequest(
        @NotEmpty(message = "must hold at least one text") @ConfiguredMax(property = "langid.max-batch-texts")
        List<@VisibleText @CleanText @ConfiguredMax(property = "langid.max-text-chars") String> texts) {
}
