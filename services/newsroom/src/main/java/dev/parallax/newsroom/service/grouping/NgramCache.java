package dev.parallax.newsroom.service.grouping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * N-gram profiles of recently compared articles (about 50 kB each): an article's text never changes, and every new
 * article of a busy date window is compared with the same few hundred others.
 */
@ApplicationScoped
public class NgramCache {

    private static final int CAPACITY = 1000;

    private final Map<UUID, EventMatcher.Profile> profiles = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, EventMatcher.Profile> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The cached profile, or null. */
    public EventMatcher.Profile cached(UUID articleId) {
        synchronized (profiles) {
            return profiles.get(articleId);
        }
    }

    /** Computes, keeps and answers the profile of a text. */
    public EventMatcher.Profile put(UUID articleId, String text) {
        EventMatcher.Profile computed = EventMatcher.profile(text);
        synchronized (profiles) {
            profiles.put(articleId, computed);
        }
        return computed;
    }

    /** The cached profile, or the one computed from the text (then kept). */
    public EventMatcher.Profile get(UUID articleId, Supplier<String> text) {
        EventMatcher.Profile cached = cached(articleId);
        return cached != null ? cached : put(articleId, text.get());
    }
}
