package dev.parallax.newsroom.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.parallax.support.validation.CleanText;
import dev.parallax.support.validation.ConfiguredMax;
import dev.parallax.support.validation.IsoDate;
import dev.parallax.support.validation.TooLarge;
import dev.parallax.support.validation.VisibleText;

/**
 * Body of {@code POST /api/v1/articles} and one element of a batch. Fields are strings so that a bad date or
 * language gets a precise 400 from the validation rather than a generic parse error. Control characters are
 * accepted here and removed when the article is read into the domain ({@link ArticleMapping}).
 *
 * @param published ISO date ({@code 2015-09-18}) or date-time; today (UTC) when absent
 * @param language  optional override of language detection
 */
public record ArticleRequest(
        @Schema(required = true, examples = "dr.dk") @VisibleText @CleanText(controlsStripped = true)
        @Size(max = ArticleRequest.MAX_SOURCE_CHARS) String source,
        @CleanText(controlsStripped = true) @Size(max = ArticleRequest.MAX_TITLE_CHARS, payload = TooLarge.class)
        String title,
        @Schema(required = true) @VisibleText @CleanText(controlsStripped = true)
        @ConfiguredMax(property = "newsroom.max-text-chars") String text,
        @Schema(examples = "2015-09-18") @IsoDate String published,
        @CleanText(controlsStripped = true) @Size(max = ArticleRequest.MAX_URL_CHARS)
        @Pattern(regexp = "\\s*\\S*\\s*", message = "must not hold white space") String url,
        @Schema(examples = "da") @Size(max = 16) String language) {

    /** What a body or a batch element that is no article is told (JSON null, or nothing at all). */
    static final String REQUIRED = "a JSON object with at least 'source' and 'text' is required";

    static final int MAX_SOURCE_CHARS = 200;
    static final int MAX_TITLE_CHARS = 1000;
    static final int MAX_URL_CHARS = 2048;
}
