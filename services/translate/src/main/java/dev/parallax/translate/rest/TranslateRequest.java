package dev.parallax.translate.rest;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code source} is optional: without it the service asks langid. */
public record TranslateRequest(
        @Schema(example = "Han siger, at samtalen varede 50 minutter.") @NotBlank String text,
        @Schema(example = "da", description = "da, nb or nn; detected when omitted") String source,
        @Schema(example = "nb") @NotBlank String target) {
}
