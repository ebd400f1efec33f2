package dev.parallax.translate.rest;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.parallax.support.validation.CleanText;
import dev.parallax.support.validation.ConfiguredMax;
import dev.parallax.support.validation.VisibleText;

/**
 * {@code source} is optional: without it the service asks langid. Control characters in the text are accepted and
 * removed before translation (translate answers new text, no offsets into the client's).
 */
public record TranslateRequest(
        @Schema(example = "Han siger, at samtalen varede 50 minutter.") @VisibleText @CleanText(controlsStripped = true)
        @ConfiguredMax(property = "translate.max-text-chars") String text,
        @Schema(example = "da", description = "da, nb or nn; detected when omitted") String source,
        @Schema(example = "nb") @NotBlank String target) {
}
