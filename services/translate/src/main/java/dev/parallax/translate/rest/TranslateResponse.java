package dev.parallax.translate.rest;

import java.util.List;

/** {@code unknown}: source words Apertium did not know and copied through unchanged. */
public record TranslateResponse(String translation, String source, String target, List<String> unknown) {
}
