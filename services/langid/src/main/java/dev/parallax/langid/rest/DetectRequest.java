package dev.parallax.langid.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.parallax.support.validation.CleanText;
import dev.parallax.support.validation.ConfiguredMax;
import dev.parallax.support.validation.VisibleText;

/**
 * @param text     the text to detect the language of; checked, never changed, because segments answer offsets into it
 * @param segments when true, the answer also lists each sentence's language
 */
public record DetectRequest(
        @Schema(required = true, examples = "Regeringen vil styrke grænsekontrollen.") @VisibleText @CleanText
        @ConfiguredMax(property = "langid.max-text-chars") String text,
        Boolean segments) {

    boolean wantsSegments() {
        return Boolean.TRUE.equals(segments);
    }
}
