package dev.parallax.newsroom.service.ingest;

/** @param created false when the article was already stored (an idempotent re-post) */
public record IngestOutcome(ArticleView article, boolean created) {
}
