package dev.parallax.newsroom.rest;

import java.util.Locale;

import dev.parallax.newsroom.service.ingest.NewArticle;
import dev.parallax.support.text.IsoDates;
import dev.parallax.support.text.UntrustedText;

/** A validated {@link ArticleRequest} read into the domain's {@link NewArticle}. */
final class ArticleMapping {

    private ArticleMapping() {
    }

    /**
     * Normalised once here ({@link UntrustedText}: controls out, NFC): what is stored, grouped, compared and shown.
     * White space around fields goes; blank optional fields are absent.
     */
    static NewArticle toNewArticle(ArticleRequest request) {
        String language = present(request.language(), "language");
        return NewArticle.of(present(request.source(), "source"), present(request.title(), "title"),
                UntrustedText.normalise(request.text(), "text"), IsoDates.parse(request.published(), "published"),
                present(request.url(), "url"), language == null ? null : language.toLowerCase(Locale.ROOT));
    }

    private static String present(String value, String field) {
        String normalised = UntrustedText.normalise(value, field);
        return normalised == null || normalised.isBlank() ? null : normalised.strip();
    }
}
