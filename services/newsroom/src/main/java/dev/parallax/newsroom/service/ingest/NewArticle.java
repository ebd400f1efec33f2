package dev.parallax.newsroom.service;

import java.time.LocalDate;

/**
 * A validated article as posted, before it is stored.
 *
 * @param url      null when the client gave none
 * @param language null unless the client overrides detection
 */
public record NewArticle(String source, String title, String text, LocalDate published, String url, String language,
        String contentHash) {
}
