package dev.parallax.newsroom.rest;

/**
 * Body of {@code POST /api/v1/articles}. Fields are strings so that a bad date or language gets a
 * precise 400 from the validation rather than a generic parse error.
 *
 * @param published ISO date ({@code 2015-09-18}) or date-time; today (UTC) when absent
 * @param language  optional override of language detection
 */
public record ArticleRequest(String source, String title, String text, String published, String url,
        String language) {
}
