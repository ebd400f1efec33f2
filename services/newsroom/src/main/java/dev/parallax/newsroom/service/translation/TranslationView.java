package dev.parallax.newsroom.service.translation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An article's text in a target language: a stored machine translation, or the original when the
 * article is already in that language ({@code source == target}, no {@code created}).
 */
public record TranslationView(UUID article, String source, String target, String translation, List<String> unknown,
        Instant created) {

    public boolean machine() {
        return !source.equals(target);
    }
}
