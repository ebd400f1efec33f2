package dev.parallax.newsroom.service.worker;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.parallax.newsroom.config.NewsroomConfig;
import dev.parallax.newsroom.model.Article;

/**
 * The pending articles as a work queue in PostgreSQL. Every method is one short transaction: no
 * transaction is held while a downstream service is called.
 */
@ApplicationScoped
public class WorkQueue {

    static final int MAX_ERROR_CHARS = 2000;

    private final EntityManager em;
    private final NewsroomConfig config;

    WorkQueue(EntityManager em, NewsroomConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * Claims up to {@code limit} due articles; without {@code grouped}, only articles not yet in an event (what is
     * left of a grouped one is its comparison, which waits while every align permit is taken). SKIP LOCKED lets several replicas claim at once
     * without waiting for or taking each other's rows; the claim itself is a lease (the next attempt
     * is pushed past it), so an article whose worker died is picked up again once the lease ends.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> claim(int limit, boolean grouped) {
        List<UUID> ids = em.createNativeQuery("""
                select id from article
                where status = 'pending' and next_attempt_at <= now() and (?2 or event_id is null)
                order by next_attempt_at, created
                limit ?1
                for update skip locked""", UUID.class)
                .setParameter(1, limit)
                .setParameter(2, grouped)
                .getResultList();
        if (!ids.isEmpty()) {
            Article.update("nextAttemptAt = ?1 where id in ?2", Instant.now().plus(config.processing().lease()), ids);
        }
        return ids;
    }

    /**
     * Extends the leases of articles this instance is still working on (its heartbeat). Only leases: an article
     * deferred for a moment (its next attempt a second away) is left due, or a renewal racing the deferral would
     * hide it for a whole lease.
     */
    @Transactional
    public void renew(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            Instant now = Instant.now();
            Article.update("nextAttemptAt = ?1 where id in ?2 and status = ?3 and nextAttemptAt > ?4",
                    now.plus(config.processing().lease()), List.copyOf(ids), Article.PENDING, now.plus(NOT_A_LEASE));
        }
    }

    /** A next attempt nearer than this is a short deferral, not a lease (leases run for tens of seconds). */
    static final Duration NOT_A_LEASE = Duration.ofSeconds(2);

    /** Gives claimed articles back at once (this instance stops before finishing them). */
    @Transactional
    public void release(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            Article.update("nextAttemptAt = ?1 where id in ?2 and status = ?3", Instant.now(), List.copyOf(ids),
                    Article.PENDING);
        }
    }

    /** Puts the article back for a later attempt without counting one (this instance had no capacity). */
    @Transactional
    public void defer(UUID id, Duration delay) {
        Article.update("nextAttemptAt = ?1 where id = ?2 and status = ?3", Instant.now().plus(delay), id, Article.PENDING);
    }

    @Transactional
    public Optional<WorkItem> load(UUID id) {
        return Article.<Article>findByIdOptional(id)
                .filter(a -> !a.isProcessed())
                .map(a -> new WorkItem(a.id, a.text, a.published, a.language, a.eventId, a.attempts, a.created));
    }

    @Transactional
    public void saveLanguage(UUID id, String language, Double confidence) {
        Article.update("language = ?1, languageConfidence = ?2 where id = ?3 and languageOverride = false",
                language, confidence, id);
    }

    /** Marks the article done; answers the time from ingestion to now, or empty if it was already done. */
    @Transactional
    public Optional<Duration> markProcessed(UUID id) {
        Article article = Article.findById(id);
        if (article == null || article.isProcessed()) {
            return Optional.empty();
        }
        return Optional.of(article.markProcessed(Instant.now()));
    }

    /** Leaves the article pending for a later attempt, with exponential backoff. */
    @Transactional
    public void recordFailure(UUID id, String error) {
        Article article = Article.findById(id);
        if (article == null || article.isProcessed()) {
            return;
        }
        article.attempts++;
        article.lastError = error.length() > MAX_ERROR_CHARS ? error.substring(0, MAX_ERROR_CHARS) : error;
        article.nextAttemptAt = Instant.now().plus(backoff(article.attempts));
    }

    Duration backoff(int attempts) {
        Duration initial = config.processing().backoffInitial();
        Duration max = config.processing().backoffMax();
        int doublings = Math.min(Math.max(attempts - 1, 0), 20);
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** Pending articles, and those of them whose last attempt failed. */
    public record Backlog(long pending, long failing) {
    }

    @Transactional
    public Backlog backlog() {
        return new Backlog(Article.count("status", Article.PENDING),
                Article.count("status = ?1 and lastError is not null", Article.PENDING));
    }
}
