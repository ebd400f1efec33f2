package dev.parallax.newsroom.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.parallax.newsroom.service.translation.TranslationView;

/**
 * Answer of {@code GET /api/v1/articles/{id}/translation}. When the article is already in the
 * target language, {@code translation} is its original text, {@code source == target} and
 * {@code created} is null.
 *
 * @param unknown source words Apertium did not know and left as they were
 * @param created when the translation was made and stored
 */
public record ArticleTranslationResponse(UUID article, String source, String target, String translation,
        List<String> unknown, Instant created) {

    static ArticleTranslationResponse of(TranslationView view) {
        return new ArticleTranslationResponse(view.article(), view.source(), view.target(), view.translation(),
                view.unknown(), view.created());
    }
}
