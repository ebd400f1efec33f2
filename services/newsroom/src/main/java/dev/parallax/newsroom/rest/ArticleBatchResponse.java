package dev.parallax.newsroom.rest;

import java.util.List;
import java.util.UUID;

import dev.parallax.newsroom.service.ingest.IngestOutcome;

/** Answer of {@code POST /api/v1/articles/batch}: one result per posted article, in request order. */
public record ArticleBatchResponse(List<Result> results) {

    /**
     * What the single endpoint would have answered for this article.
     *
     * @param status 201 stored, 200 already stored (the id is the stored article's), 400 or 413 rejected
     * @param id     the article's id; null when rejected
     * @param error  why it was rejected, worded as the single endpoint's problem detail; null otherwise
     */
    public record Result(int status, UUID id, String error) {

        static Result of(IngestOutcome outcome) {
            return new Result(outcome.created() ? 201 : 200, outcome.article().id(), null);
        }

        static Result rejected(int status, String error) {
            return new Result(status, null, error);
        }
    }
}
