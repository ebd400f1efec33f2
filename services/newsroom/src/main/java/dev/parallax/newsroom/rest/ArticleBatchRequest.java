package dev.parallax.newsroom.rest;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import dev.parallax.support.validation.TooLarge;

/**
 * Body of {@code POST /api/v1/articles/batch}. The elements stay JSON trees here and are read into
 * {@link ArticleRequest}s one by one, so that an element of the wrong shape or with a field of the wrong type is
 * an error of its own slot rather than of the whole batch.
 *
 * @param articles 1 to {@value #MAX_ARTICLES} articles, each as the body of {@code POST /api/v1/articles}
 */
public record ArticleBatchRequest(
        @Schema(required = true, type = SchemaType.ARRAY, implementation = ArticleRequest.class,
                minItems = 1, maxItems = ArticleBatchRequest.MAX_ARTICLES)
        @NotEmpty(message = "must hold 1 to " + ArticleBatchRequest.MAX_ARTICLES + " articles")
        @Size(max = ArticleBatchRequest.MAX_ARTICLES, payload = TooLarge.class,
                message = "must hold at most " + ArticleBatchRequest.MAX_ARTICLES + " articles; send more in further batches")
        List<JsonNode> articles) {

    /** The contract's bound; more articles are a 413, as a body over the byte limit is. */
    static final int MAX_ARTICLES = 500;
}
