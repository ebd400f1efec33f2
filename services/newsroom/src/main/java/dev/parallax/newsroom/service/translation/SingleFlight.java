package dev.parallax.newsroom.service.translation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Calls shared by key: whoever asks for a key whose call is running gets that call's future instead of starting
 * another (two readers of one article's translation cause one translate call). Calls run on the given executor.
 */
final class SingleFlight<K, V> {

    private final ConcurrentMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();
    private final Executor executor;

    SingleFlight(Executor executor) {
        this.executor = executor;
    }

    /**
     * The running call for the key, or {@code work} started for it.
     *
     * @throws RejectedExecutionException when the executor takes no more work (nothing is left running)
     */
    CompletableFuture<V> call(K key, Supplier<V> work) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> theirs = running.putIfAbsent(key, mine);
        if (theirs != null) {
            return theirs;
        }
        try {
            executor.execute(() -> {
                try {
                    mine.complete(work.get());
                } catch (Throwable e) {
                    mine.completeExceptionally(e);
                } finally {
                    running.remove(key, mine);
                }
            });
        } catch (RejectedExecutionException e) {
            running.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        return mine;
    }
}
