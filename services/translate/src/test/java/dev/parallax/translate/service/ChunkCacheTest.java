package dev.parallax.translate.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChunkCacheTest {

    private static ChunkCache.Entry entry(String text) {
        return new ChunkCache.Entry(text, List.of());
    }

    @Test
    void keepsTheMostRecentlyUsedEntriesWithinItsBound() {
        ChunkCache cache = new ChunkCache(2);
        cache.put(Direction.DA_NB, "a", entry("A"));
        cache.put(Direction.DA_NB, "b", entry("B"));
        cache.get(Direction.DA_NB, "a");
        cache.put(Direction.DA_NB, "c", entry("C"));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(Direction.DA_NB, "a")).map(ChunkCache.Entry::translation).contains("A");
        assertThat(cache.get(Direction.DA_NB, "b")).isEmpty();
    }

    @Test
    void directionsDoNotShareEntriesAndZeroDisables() {
        ChunkCache cache = new ChunkCache(10);
        cache.put(Direction.DA_NB, "Han siger det.", entry("Han sier det."));
        assertThat(cache.get(Direction.DA_NN, "Han siger det.")).isEmpty();

        ChunkCache off = new ChunkCache(0);
        off.put(Direction.DA_NB, "x", entry("y"));
        assertThat(off.get(Direction.DA_NB, "x")).isEmpty();
    }
}
