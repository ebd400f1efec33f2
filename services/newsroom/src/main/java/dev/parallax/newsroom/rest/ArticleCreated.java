package dev.parallax.newsroom.rest;

import java.util.UUID;

import dev.parallax.newsroom.service.ingest.ArticleView;

/** Answer of {@code POST /api/v1/articles}: the article's id and how far its analysis is. */
public record ArticleCreated(UUID id, String status, String language, UUID event) {

    static ArticleCreated of(ArticleView article) {
        return new ArticleCreated(article.id(), article.status(), article.language(), article.event());
    }
}
