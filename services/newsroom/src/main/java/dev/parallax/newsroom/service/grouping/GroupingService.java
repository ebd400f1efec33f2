package dev.parallax.newsroom.service.grouping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.parallax.newsroom.config.NewsroomConfig;
import dev.parallax.newsroom.model.Article;
import dev.parallax.newsroom.model.NewsEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Puts an article into an event: the most similar one of its date window, or a new one. */
@ApplicationScoped
public class GroupingService {

    private static final Logger LOG = Logger.getLogger(GroupingService.class);
    /** First key of the two-key advisory locks of grouping ("plxg"); the second is a key bucket. */
    static final int GROUPING_LOCK_SPACE = 0x706c7867;
    static final int MAX_TITLE_CHARS = 200;

    private final EntityManager em;
    private final NewsroomConfig config;
    private final NgramCache cache;
    private final DistributionSummary candidateCount;
    private final Counter candidatesCut;
    private final Timer duration;

    GroupingService(EntityManager em, NewsroomConfig config, NgramCache cache, MeterRegistry registry) {
        this.em = em;
        this.config = config;
        this.cache = cache;
        this.candidateCount = DistributionSummary.builder("newsroom.grouping.candidates")
                .description("Articles an article is compared with when it is grouped").register(registry);
        this.candidatesCut = Counter.builder("newsroom.grouping.candidates.cut")
                .description("Groupings that found more candidates than newsroom.grouping.max-candidates").register(registry);
        this.duration = Timer.builder("newsroom.grouping.duration")
                .description("Time to group one article: keys, locks, candidates, similarity, event").register(registry);
    }

    /**
     * Assigns the article and answers its event. Two similar articles grouped at the same moment by two workers (of
     * one replica or two) would both miss each other and found two events for one story; so a grouping first takes
     * a transaction-scoped advisory lock for each bucket of its keys, always in ascending order. Articles that could
     * join each other share a key and wait for each other; the others, most of a busy day, run side by side. The
     * locks come first, so every query after them sees the groupings committed before.
     */
    @Transactional
    public UUID assign(UUID articleId) {
        Timer.Sample sample = Timer.start();
        try {
            return group(articleId);
        } finally {
            sample.stop(duration);
        }
    }

    private UUID group(UUID articleId) {
        Article article = Article.findById(articleId);
        if (article.eventId != null) {
            return article.eventId;
        }
        long[] keys = GroupingKeys.of(article.title, article.text);
        lock(GroupingKeys.lockBuckets(keys));
        em.refresh(article);
        if (article.eventId != null) {
            return article.eventId;
        }
        List<EventMatcher.Candidate> candidates = candidates(article, keys);
        var profile = cache.get(article.id, () -> article.text);
        Optional<EventMatcher.Match> match = new EventMatcher(config.grouping().threshold()).match(profile, candidates);
        Instant now = Instant.now();
        NewsEvent event;
        if (match.isPresent()) {
            event = NewsEvent.findById(match.get().eventId());
            LOG.debugf("article %s joins event %s (similarity %.3f)", article.id, event.id, match.get().score());
        } else {
            event = new NewsEvent();
            event.id = UUID.randomUUID();
            event.title = titleOf(article);
            event.firstPublished = article.published;
            event.lastPublished = article.published;
            event.created = now;
            event.updated = now;
            event.persist();
            LOG.debugf("article %s starts event %s", article.id, event.id);
        }
        event.admit(article, now);
        em.createNativeQuery("update article set grouping_keys = cast(?1 as bigint[]) where id = ?2")
                .setParameter(1, GroupingKeys.arrayLiteral(keys))
                .setParameter(2, article.id)
                .executeUpdate();
        return event.id;
    }

    private void lock(int[] buckets) {
        if (buckets.length == 0) {
            return; // no key: no article can find this one, nor this one another
        }
        em.createNativeQuery("""
                select count(pg_advisory_xact_lock(?1, b)) from (
                    select b from unnest(cast(?2 as int[])) b order by b) ordered""")
                .setParameter(1, GROUPING_LOCK_SPACE)
                .setParameter(2, GroupingKeys.arrayLiteral(buckets))
                .getSingleResult();
    }

    /**
     * The grouped articles of the date window that share a key with this one, newest first, found through the keys'
     * index; articles grouped before keys were stored are found by date. At most {@code maxCandidates}: a cut is
     * counted ({@code newsroom.grouping.candidates.cut}) rather than silent.
     */
    private List<EventMatcher.Candidate> candidates(Article article, long[] keys) {
        int windowDays = config.grouping().windowDays();
        int max = config.grouping().maxCandidates();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, a.event_id from article a
                where a.event_id is not null and a.published between ?1 and ?2
                  and (a.grouping_keys && cast(?3 as bigint[]) or a.grouping_keys is null)
                order by a.created desc
                limit ?4""")
                .setParameter(1, article.published.minusDays(windowDays))
                .setParameter(2, article.published.plusDays(windowDays))
                .setParameter(3, GroupingKeys.arrayLiteral(keys))
                .setParameter(4, max + 1)
                .getResultList();
        if (rows.size() > max) {
            rows = rows.subList(0, max);
            candidatesCut.increment();
        }
        candidateCount.record(rows.size());
        List<EventMatcher.Candidate> candidates = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            UUID eventId = (UUID) row[1];
            candidates.add(new EventMatcher.Candidate(id, eventId, cache.get(id, () -> textOf(id))));
        }
        return candidates;
    }


    private String textOf(UUID articleId) {
        return em.createQuery("select a.text from Article a where a.id = ?1", String.class)
                .setParameter(1, articleId)
                .getSingleResult();
    }

    /** The article's title, or else the first line of its text (headline without Markdown marks). */
    static String titleOf(Article article) {
        String title = article.title;
        if (title == null || title.isBlank()) {
            title = article.text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
            title = title.replaceFirst("^#+\\s*", "");
        }
        title = title.strip();
        if (title.length() > MAX_TITLE_CHARS) {
            title = title.substring(0, MAX_TITLE_CHARS - 1).strip() + "…";
        }
        return title.isEmpty() ? "(untitled)" : title;
    }
}
