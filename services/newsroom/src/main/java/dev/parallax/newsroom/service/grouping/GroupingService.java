package dev.parallax.newsroom.service.grouping;

import java.time.Instant;
import java.time.LocalDate;
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

/** Puts an article into an event: the most similar one of its date window, or a new one. */
@ApplicationScoped
public class GroupingService {

    private static final Logger LOG = Logger.getLogger(GroupingService.class);
    /** Advisory lock key ("plxg"): one grouping at a time across all replicas. */
    static final long GROUPING_LOCK = 0x706c7867L;
    static final int MAX_TITLE_CHARS = 200;

    private final EntityManager em;
    private final NewsroomConfig config;
    private final NgramCache cache;

    GroupingService(EntityManager em, NewsroomConfig config, NgramCache cache) {
        this.em = em;
        this.config = config;
        this.cache = cache;
    }

    /**
     * Assigns the article and answers its event. Serialized by a transaction-scoped PostgreSQL
     * advisory lock: two similar articles grouped at the same moment by two workers would otherwise
     * both miss each other and found two events for one story. The lock is taken first, so every
     * query after it sees the groupings committed before.
     */
    @Transactional
    public UUID assign(UUID articleId) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) l")
                .setParameter(1, GROUPING_LOCK)
                .getSingleResult();
        Article article = Article.findById(articleId);
        if (article.eventId != null) {
            return article.eventId;
        }
        int window = config.grouping().windowDays();
        List<EventMatcher.Candidate> candidates = candidates(article.published, window);
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
        return event.id;
    }

    private List<EventMatcher.Candidate> candidates(LocalDate published, int windowDays) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, a.event_id from article a join event e on e.id = a.event_id
                where e.first_published <= ?1 and e.last_published >= ?2
                order by a.created desc
                limit ?3""")
                .setParameter(1, published.plusDays(windowDays))
                .setParameter(2, published.minusDays(windowDays))
                .setParameter(3, config.grouping().maxCandidates())
                .getResultList();
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
