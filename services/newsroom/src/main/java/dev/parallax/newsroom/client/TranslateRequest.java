package dev.parallax.newsroom.client;

/**
 * Body of translate's {@code POST /api/v1/translate}. The newsroom always names the source: it
 * knows the article's language, and translate would otherwise ask langid again.
 */
public record TranslateRequest(String text, String source, String target) {
}
