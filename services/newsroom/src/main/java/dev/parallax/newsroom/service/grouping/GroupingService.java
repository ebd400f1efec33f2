package dev.parallax.newsroom.service.grouping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
    private final Counter merged;

    GroupingService(EntityManager em, NewsroomConfig config, NgramCache cache, MeterRegistry registry) {
        this.em = em;
        this.config = config;
        this.cache = cache;
        this.candidateCount = DistributionSummary.builder("newsroom.grouping.candidates")
                .description("Articles an article is compared with when it is grouped").register(registry);
        this.candidatesCut = Counter.builder("newsroom.grouping.candidates.cut")
                .description("Groupings that found more candidates than newsroom.grouping.max-candidates").register(registry);
        this.merged = Counter.builder("newsroom.events.merged")
                .description("Events merged into another because one report was similar to both").register(registry);
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
        List<EventMatcher.Match> matches = new EventMatcher(config.grouping().threshold()).matches(profile, candidates);
        Instant now = Instant.now();
        NewsEvent event;
        if (!matches.isEmpty()) {
            // the events this grouping may change, locked in one order (by id) so that two groupings touching the
            // same events never wait for each other crosswise
            matches.stream().map(EventMatcher.Match::eventId).sorted()
                    .forEach(id -> NewsEvent.findById(id, LockModeType.PESSIMISTIC_WRITE));
            event = NewsEvent.findById(matches.get(0).eventId());
            LOG.debugf("article %s joins event %s (similarity %.3f)", article.id, event.id, matches.get(0).score());
            for (EventMatcher.Match other : matches.subList(1, matches.size())) {
                merge(other.eventId(), event, now);
            }
            retitle(event, article);
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
        GroupingKeys.store(em, article.id, keys);
        return event.id;
    }

    /**
     * The article is as similar to another event as to its own: both report its story (they missed each other when
     * their articles came in another order, after an outage, or before this bridging report). The other event's
     * articles move into {@code into}, whose comparison is then recomputed (its membership changed); the other keeps
     * its row and its comparison versions, marked as merged.
     */
    private void merge(UUID fromId, NewsEvent into, Instant now) {
        NewsEvent from = NewsEvent.findById(fromId); // locked by the caller
        if (from == null || from.mergedInto != null) {
            return;
        }
        into.membershipVersion++;
        into.updated = now;
        // the moved articles count as admitted now: only a comparison of the merged membership covers them
        em.createQuery("update Article a set a.eventId = ?1, a.admittedVersion = ?3 where a.eventId = ?2")
                .setParameter(1, into.id)
                .setParameter(2, from.id)
                .setParameter(3, into.membershipVersion)
                .executeUpdate();
        if (from.firstPublished.isBefore(into.firstPublished)) {
            into.firstPublished = from.firstPublished;
        }
        if (from.lastPublished.isAfter(into.lastPublished)) {
            into.lastPublished = from.lastPublished;
        }
        from.mergedInto = into.id;
        from.updated = now;
        merged.increment();
        LOG.infof("event %s merged into event %s", from.id, into.id);
    }

    /**
     * An event is titled after its first ingested article (merged ones included), whatever order the workers grouped
     * its articles in. A new event has its founding article's title already.
     */
    private void retitle(NewsEvent event, Article joining) {
        em.flush(); // merged articles' new event, before the query reads it
        UUID first = (UUID) em.createNativeQuery("""
                select id from article where event_id = ?1 or id = ?2 order by created, id limit 1""")
                .setParameter(1, event.id)
                .setParameter(2, joining.id)
                .getSingleResult();
        Article earliest = first.equals(joining.id) ? joining : Article.findById(first);
        event.title = titleOf(earliest);
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
        Map<UUID, EventMatcher.Profile> profiles = new HashMap<>();
        List<UUID> uncached = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            EventMatcher.Profile profile = cache.cached(id);
            if (profile != null) {
                profiles.put(id, profile);
            } else {
                uncached.add(id);
            }
        }
        // the texts the cache lacks, in one query rather than one per candidate
        if (!uncached.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> texts = em.createNativeQuery("select id, text from article where id = any(cast(?1 as uuid[]))")
                    .setParameter(1, uncached.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                    .getResultList();
            for (Object[] text : texts) {
                profiles.put((UUID) text[0], cache.put((UUID) text[0], (String) text[1]));
            }
        }
        List<EventMatcher.Candidate> candidates = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            candidates.add(new EventMatcher.Candidate(id, (UUID) row[1], profiles.get(id)));
        }
        return candidates;
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
