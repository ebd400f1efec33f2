package dev.parallax.newsroom.service.ingest;

import java.time.LocalDate;
import java.util.UUID;

import dev.parallax.newsroom.model.Article;

/** An article as the API shows it (the contract's {@code GET /api/v1/articles/{id}}). */
public record ArticleView(UUID id, String source, String title, String text, LocalDate published, String url,
        String language, Double languageConfidence, String status, UUID event, int attempts, String lastError) {

    public static ArticleView of(Article a) {
        return new ArticleView(a.id, a.source, a.title, a.text, a.published, a.url, a.language, a.languageConfidence,
                a.status, a.eventId, a.attempts, a.lastError);
    }
}
