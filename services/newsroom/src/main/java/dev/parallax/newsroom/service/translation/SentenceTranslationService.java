package dev.parallax.newsroom.service.translation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.parallax.newsroom.client.TranslateClient;
import dev.parallax.newsroom.config.NewsroomConfig;
import dev.parallax.newsroom.model.SentenceTranslation;
import dev.parallax.newsroom.service.Failures;
import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * An article's sentences in another norm, for the claim matrix's cells. All sentences of one article go to
 * translate in one call, one per paragraph (Apertium keeps paragraph breaks), and the answer is stored per
 * sentence; a page waits a moment for what is missing and otherwise shows the original while it completes.
 */
@ApplicationScoped
public class SentenceTranslationService {

    private static final Logger LOG = Logger.getLogger(SentenceTranslationService.class);
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** An article's sentences to translate: their offsets in its text, and their texts. */
    public record Sentences(UUID article, String language, int[] starts, int[] ends, List<String> texts) {
    }

    public enum State { TRANSLATED, IN_PROGRESS, UNAVAILABLE }

    /** The translations, one per sentence in the order asked, when {@code state} is TRANSLATED. */
    public record Result(State state, List<String> translations) {
    }

    private record Key(UUID article, String target) {
    }

    private final TranslateClient translate;
    private final NewsroomConfig.Translation config;
    private final SingleFlight<Key, List<String>> flights;
    private final ThreadPoolExecutor executor;

    SentenceTranslationService(TranslateClient translate, NewsroomConfig config) {
        this.translate = translate;
        this.config = config.translation();
        int concurrency = Math.max(1, this.config.concurrency());
        this.executor = new ThreadPoolExecutor(concurrency, concurrency, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(Math.max(1, this.config.queue())), runnable -> {
                    Thread thread = new Thread(runnable, "newsroom-sentence-translation");
                    thread.setDaemon(true);
                    return thread;
                });
        this.executor.allowCoreThreadTimeOut(true);
        // the caller's trace context goes along with each call, so translate's span joins the reader's request
        this.flights = new SingleFlight<>(Context.taskWrapping(executor));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Each article's sentences in {@code target}, waiting at most the configured page wait for new ones. */
    public Map<UUID, Result> translate(List<Sentences> articles, String target) {
        Map<UUID, Result> results = new LinkedHashMap<>();
        Map<UUID, CompletableFuture<List<String>>> started = new HashMap<>();
        Map<UUID, SentenceTranslation> stored = stored(articles, target);
        for (Sentences s : articles) {
            SentenceTranslation row = stored.get(s.article());
            if (row != null && Arrays.equals(row.starts, s.starts()) && Arrays.equals(row.ends, s.ends())) {
                results.put(s.article(), new Result(State.TRANSLATED, List.of(row.translations)));
            } else {
                started.put(s.article(), start(s, target));
            }
        }
        long deadline = System.nanoTime() + config.pageWait().toNanos();
        for (var entry : started.entrySet()) {
            try {
                List<String> done = entry.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                results.put(entry.getKey(), new Result(State.TRANSLATED, done));
            } catch (TimeoutException e) {
                results.put(entry.getKey(), new Result(State.IN_PROGRESS, List.of()));
            } catch (ExecutionException e) {
                results.put(entry.getKey(), new Result(State.UNAVAILABLE, List.of()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.put(entry.getKey(), new Result(State.UNAVAILABLE, List.of()));
            }
        }
        return results;
    }

    private static Map<UUID, SentenceTranslation> stored(List<Sentences> articles, String target) {
        Map<UUID, SentenceTranslation> rows = new HashMap<>();
        if (!articles.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> SentenceTranslation.<SentenceTranslation>list(
                    "articleId in ?1 and target = ?2", articles.stream().map(Sentences::article).toList(), target)
                    .forEach(r -> rows.put(r.articleId, r)));
        }
        return rows;
    }

    private CompletableFuture<List<String>> start(Sentences sentences, String target) {
        try {
            return flights.call(new Key(sentences.article(), target), () -> translateAndStore(sentences, target));
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private List<String> translateAndStore(Sentences s, String target) {
        List<String> originals = new ArrayList<>(s.starts().length);
        for (int i = 0; i < s.starts().length; i++) {
            originals.add(WHITESPACE.matcher(s.texts().get(i)).replaceAll(" ").strip());
        }
        String answer;
        try {
            answer = translate.translate(String.join("\n\n", originals), s.language(), target).translation();
        } catch (RuntimeException e) {
            LOG.warnf("Sentences of article %s not translated into %s: %s", s.article(), target,
                    Failures.describe(e));
            throw e;
        }
        List<String> translations = List.of(PARAGRAPH_BREAK.split(answer.strip(), -1));
        if (translations.size() != originals.size()) {
            throw new IllegalStateException("translate answered " + translations.size() + " paragraphs for "
                    + originals.size() + " sentences");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            SentenceTranslation row = SentenceTranslation.findById(new SentenceTranslation.Key(s.article(), target));
            if (row == null) {
                row = new SentenceTranslation();
                row.articleId = s.article();
                row.target = target;
            }
            row.starts = s.starts();
            row.ends = s.ends();
            row.translations = translations.toArray(String[]::new);
            row.created = Instant.now();
            row.persist();
        });
        return translations;
    }
}
