package dev.parallax.translate.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Translations of recently seen chunks, least recently used evicted first. News agencies repeat each
 * other's paragraphs word for word, and Apertium is deterministic, so a repeated chunk need not go
 * through a pipeline again.
 */
public final class ChunkCache {

    /** What a translated chunk gives back. */
    public record Entry(String translation, java.util.List<String> unknownWords) {
    }

    private final int maxEntries;
    private final Map<String, Entry> entries;

    public ChunkCache(int maxEntries) {
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > ChunkCache.this.maxEntries;
            }
        };
    }

    public synchronized Optional<Entry> get(Direction direction, String chunk) {
        if (maxEntries <= 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(entries.get(key(direction, chunk)));
    }

    public synchronized void put(Direction direction, String chunk, Entry entry) {
        if (maxEntries > 0) {
            entries.put(key(direction, chunk), entry);
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    private static String key(Direction direction, String chunk) {
        return direction.mode() + '\u0000' + chunk;
    }
}
