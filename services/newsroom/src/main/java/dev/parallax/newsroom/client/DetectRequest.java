package dev.parallax.newsroom.client;

/** Body of langid's {@code POST /api/v1/detect}. */
public record DetectRequest(String text) {
}
