package dev.parallax.newsroom.service.translation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.parallax.newsroom.client.TranslateClient;
import dev.parallax.newsroom.client.Translated;
import dev.parallax.newsroom.config.NewsroomConfig;
import dev.parallax.newsroom.service.Failures;
import dev.parallax.newsroom.service.Languages;
import dev.parallax.newsroom.service.translation.ReadingViews.EventReading;
import dev.parallax.newsroom.service.translation.ReadingViews.Kind;
import dev.parallax.newsroom.service.translation.ReadingViews.Report;
import dev.parallax.newsroom.service.translation.TranslationStore.ArticleText;
import dev.parallax.support.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.context.Context;

/**
 * Articles in the reader's language: the stored translation when there is one, otherwise translate
 * is asked once and its answer stored. Concurrent readers of the same article and target share one
 * translate call. Calls run on a small pool of their own, outside any transaction, so that the
 * event page can stop waiting for a slow one while it still completes and is stored.
 */
@ApplicationScoped
public class TranslationService {

    private static final Logger LOG = Logger.getLogger(TranslationService.class);

    /** Bound on an API request's wait: beyond the client's own timeout and retry, so normally never reached. */
    private static final Duration API_WAIT = Duration.ofMinutes(3);

    private final TranslationStore store;
    private final TranslateClient translate;
    private final NewsroomConfig.Translation config;
    private final Counter reused;
    private final Counter translated;
    private final Counter failed;
    private final Timer duration;
    private final SingleFlight<Key, TranslationView> flights;
    private final ThreadPoolExecutor executor;

    private record Key(UUID article, String target) {
    }

    /** translate failed or did not answer; nothing was stored. */
    static final class TranslationUnavailableException extends RuntimeException {
        TranslationUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    TranslationService(TranslationStore store, TranslateClient translate, NewsroomConfig config,
            MeterRegistry registry) {
        this.store = store;
        this.translate = translate;
        this.config = config.translation();
        this.reused = outcome(registry, "reused");
        this.translated = outcome(registry, "translated");
        this.failed = outcome(registry, "failed");
        this.duration = Timer.builder("newsroom.translation.duration")
                .description("Time translate took for one article").register(registry);
        int concurrency = Math.max(1, this.config.concurrency());
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(concurrency, concurrency, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(Math.max(1, this.config.queue())), runnable -> {
                    Thread thread = new Thread(runnable, "newsroom-translation-" + n.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.executor.allowCoreThreadTimeOut(true);
        // the caller's trace context goes along with each call, so translate's span joins the reader's request
        this.flights = new SingleFlight<>(Context.taskWrapping(executor));
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("newsroom.translations").tag("outcome", outcome)
                .description("Article translations served from storage, newly translated, or failed")
                .register(registry);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * The article's text in {@code target} (da, nb or nn), or empty if there is no such article.
     *
     * @throws ProblemException 409 when the article's language is not known yet or translate cannot
     *                          translate from it; 503 when translate is unavailable
     */
    public Optional<TranslationView> read(UUID articleId, String target) {
        Optional<ArticleText> found = store.article(articleId, target);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ArticleText article = found.get();
        if (article.language() == null) {
            throw new ProblemException(409, "Conflict", "Article '" + articleId
                    + "' is not processed yet: its language is not known, so it cannot be translated. Try again later.");
        }
        if (article.language().equals(target)) {
            return Optional.of(original(article));
        }
        if (!Languages.translatable(article.language())) {
            throw new ProblemException(409, "Conflict", "Article '" + articleId + "' is in '" + article.language()
                    + "'; translation works between " + String.join(", ", Languages.TRANSLATABLE) + " only.");
        }
        if (article.stored() != null) {
            reused.increment();
            return Optional.of(article.stored());
        }
        try {
            return Optional.of(translation(article, target).get(API_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TranslationUnavailableException) {
                throw unavailable();
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    /**
     * The event's articles for its page, in {@code target} or as posted when it is null. Never fails
     * because of translate: an article it cannot translate now is shown in the original with a notice.
     */
    public EventReading eventReading(UUID eventId, String target) {
        List<ArticleText> articles = store.eventArticles(eventId, target);
        Map<UUID, CompletableFuture<TranslationView>> started = new HashMap<>();
        for (ArticleText article : articles) {
            if (needsTranslation(article, target)) {
                started.put(article.id(), translation(article, target));
            }
        }
        long deadline = System.nanoTime() + config.pageWait().toNanos();
        List<Report> reports = new ArrayList<>(articles.size());
        for (ArticleText article : articles) {
            reports.add(report(article, target, started.get(article.id()), deadline));
        }
        return new EventReading(target, ReadingViews.choices(target), reports);
    }

    private static boolean needsTranslation(ArticleText article, String target) {
        return target != null && article.stored() == null && Languages.translatable(article.language())
                && !article.language().equals(target);
    }

    private Report report(ArticleText article, String target, CompletableFuture<TranslationView> started,
            long deadline) {
        List<ReadingViews.Paragraph> original = ReadingViews.paragraphs(article.text());
        Kind kind;
        TranslationView translation = null;
        if (target == null) {
            kind = Kind.ORIGINAL;
        } else if (target.equals(article.language())) {
            kind = Kind.SAME_LANGUAGE;
        } else if (!Languages.translatable(article.language())) {
            kind = Kind.UNTRANSLATABLE;
        } else if (article.stored() != null) {
            reused.increment();
            kind = Kind.TRANSLATED;
            translation = article.stored();
        } else {
            try {
                translation = started.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                kind = Kind.TRANSLATED;
            } catch (TimeoutException e) {
                kind = Kind.IN_PROGRESS;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TranslationUnavailableException)) {
                    LOG.warnf("Translation of article %s into %s could not be stored: %s", article.id(), target,
                            Failures.describe(e.getCause()));
                }
                kind = Kind.UNAVAILABLE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kind = Kind.UNAVAILABLE;
            }
        }
        return new Report(article.id(), article.outlet(), article.title(), article.published(), article.language(),
                target, kind, translation == null ? original : ReadingViews.paragraphs(translation.translation()),
                original, translation == null ? List.of() : translation.unknown());
    }

    private ProblemException unavailable() {
        return ProblemException.unavailable("The translate service is not available right now; nothing was "
                + "translated. Try again later.", config.retryAfter());
    }

    private static TranslationView original(ArticleText article) {
        return new TranslationView(article.id(), article.language(), article.language(), article.text(), List.of(),
                null);
    }

    /** The running translation of the article into the target, started here if there is none. */
    private CompletableFuture<TranslationView> translation(ArticleText article, String target) {
        try {
            return flights.call(new Key(article.id(), target), () -> translateAndStore(article, target));
        } catch (RejectedExecutionException e) {
            failed.increment();
            return CompletableFuture.failedFuture(new TranslationUnavailableException("too many translations queued", e));
        }
    }

    private TranslationView translateAndStore(ArticleText article, String target) {
        // a reader who missed the stored translation by a moment must not cause a second call
        Optional<TranslationView> stored = store.find(article.id(), target);
        if (stored.isPresent()) {
            return stored.get();
        }
        Translated answer;
        Timer.Sample sample = Timer.start();
        try {
            answer = translate.translate(article.text(), article.language(), target);
        } catch (RuntimeException e) {
            failed.increment();
            String reason = Failures.describe(e);
            LOG.warnf("Article %s not translated into %s: %s", article.id(), target, reason);
            throw new TranslationUnavailableException(reason, e);
        } finally {
            sample.stop(duration);
        }
        translated.increment();
        try {
            return store.save(article.id(), article.language(), target, answer);
        } catch (RuntimeException e) {
            if (!Failures.isUniqueViolation(e)) {
                throw e;
            }
            // another instance stored it meanwhile: same text, same translation
            return store.find(article.id(), target).orElseThrow(() -> e);
        }
    }
}
