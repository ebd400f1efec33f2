package dev.parallax.newsroom.service.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parallax.newsroom.client.AlignResults;
import dev.parallax.newsroom.client.AlignResult;
import dev.parallax.newsroom.model.Article;
import dev.parallax.newsroom.model.Comparison;
import dev.parallax.newsroom.model.NewsEvent;
import dev.parallax.newsroom.service.comparison.ClaimCounts;
import dev.parallax.newsroom.service.query.EventViews.ComparisonSummary;
import dev.parallax.newsroom.service.query.EventViews.ComparisonVersion;
import dev.parallax.newsroom.service.query.EventViews.EventArticle;
import dev.parallax.newsroom.service.query.EventViews.EventDetail;
import dev.parallax.newsroom.service.query.EventViews.EventPage;
import dev.parallax.newsroom.service.query.EventViews.EventPageView;
import dev.parallax.newsroom.service.query.EventViews.EventSummary;
import dev.parallax.newsroom.service.query.EventViews.FactView;
import dev.parallax.newsroom.service.query.EventViews.LinkView;
import dev.parallax.newsroom.service.query.EventViews.MentionView;
import dev.parallax.newsroom.service.query.EventViews.PassageView;

/** Reads of events and their comparisons for the API and the editors' pages. */
@ApplicationScoped
public class EventQueryService {

    private final AlignResults alignResults;

    EventQueryService(AlignResults alignResults) {
        this.alignResults = alignResults;
    }

    /**
     * The events the filter lets through, newest first (by latest publication date, then by creation). Each condition is an index lookup (migration V3): the
     * words through the articles' text search index, language and source through their indexes, dates
     * through the event's.
     */
    @Transactional
    public EventPage page(EventFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where e.merged_into is null");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.words() != null) {
            where.append(" and exists (select 1 from article a where a.event_id = e.id and to_tsvector('simple', "
                    + "coalesce(a.title, '') || ' ' || a.text) @@ plainto_tsquery('simple', :words))");
            parameters.put("words", filter.words());
        }
        if (filter.language() != null) {
            where.append(" and exists (select 1 from article a where a.event_id = e.id and a.language = :language)");
            parameters.put("language", filter.language());
        }
        if (filter.source() != null) {
            where.append(" and exists (select 1 from article a where a.event_id = e.id and lower(a.source) = "
                    + "lower(:source))");
            parameters.put("source", filter.source());
        }
        if (filter.from() != null) {
            where.append(" and e.last_published >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and e.first_published <= :to");
            parameters.put("to", filter.to());
        }
        if (filter.withConflicts()) {
            where.append(" and exists (select 1 from comparison c where c.event_id = e.id and c.current "
                    + "and c.conflict_claims > 0)");
        }
        var entityManager = NewsEvent.getEntityManager();
        var idQuery = entityManager.createNativeQuery("select e.id from event e" + where
                + " order by e.last_published desc, e.created desc, e.id limit :limit offset :offset", UUID.class);
        var countQuery = entityManager.createNativeQuery("select count(*) from event e" + where, Long.class);
        parameters.forEach((name, value) -> {
            idQuery.setParameter(name, value);
            countQuery.setParameter(name, value);
        });
        idQuery.setParameter("limit", size);
        idQuery.setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<UUID> ids = idQuery.getResultList();
        long total = ((Number) countQuery.getSingleResult()).longValue();

        Map<UUID, NewsEvent> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            NewsEvent.<NewsEvent>list("id in ?1", ids).forEach(e -> byId.put(e.id, e));
        }
        List<NewsEvent> events = ids.stream().map(byId::get).filter(e -> e != null).toList();
        Map<UUID, List<Article>> members = membersOf(ids);
        Map<UUID, Comparison> comparisons = comparisonsOf(ids);
        List<EventSummary> summaries = events.stream()
                .map(e -> summary(e, members.getOrDefault(e.id, List.of()), comparisons.get(e.id)))
                .toList();
        return new EventPage(summaries, total, page, size);
    }

    /**
     * The event, or the one it was merged into (followed to the end): an editor's link to an event that was merged
     * shows the story it became part of.
     */
    static NewsEvent live(NewsEvent event) {
        for (int hops = 0; event != null && event.mergedInto != null && hops < 100; hops++) {
            event = NewsEvent.findById(event.mergedInto);
        }
        return event;
    }

    @Transactional
    public Optional<EventDetail> detail(UUID id) {
        NewsEvent event = live(NewsEvent.findById(id));
        if (event == null) {
            return Optional.empty();
        }
        id = event.id;
        List<Article> articles = membersOf(List.of(id)).getOrDefault(id, List.of());
        return Optional.of(detail(event, articles, Comparison.currentOf(id)));
    }

    /**
     * The current comparison: the stored align answer with {@code event}, {@code version}, {@code computed} and
     * {@code articles} added, or empty if the event is unknown or has no comparison yet.
     */
    @Transactional
    public Optional<ObjectNode> comparison(UUID eventId) {
        return Optional.ofNullable(Comparison.currentOf(eventId)).map(EventQueryService::body);
    }

    /** One version of the event's comparison, in the shape of {@link #comparison(UUID)}. */
    @Transactional
    public Optional<ObjectNode> comparison(UUID eventId, int version) {
        return Optional.ofNullable(Comparison.of(eventId, version)).map(EventQueryService::body);
    }

    /** Every version of the event's comparison, newest first; empty if it has none. */
    @Transactional
    public List<ComparisonVersion> versions(UUID eventId) {
        return ComparisonVersion.of(eventId);
    }

    private static ObjectNode body(Comparison comparison) {
        ObjectNode body = comparison.response.deepCopy();
        body.put("event", comparison.eventId.toString());
        body.put("version", comparison.version);
        body.put("computed", comparison.computed.toString());
        var ids = body.putArray("articles");
        for (UUID article : comparison.articleIds) {
            ids.add(article.toString());
        }
        return body;
    }

    @Transactional
    public boolean exists(UUID eventId) {
        return NewsEvent.count("id", eventId) > 0;
    }

    @Transactional
    public EventViews.EventsPageView listPage(EventFilter filter, int page, int size) {
        EventPage events = page(filter, page, size);
        long processing = Article.count("status = ?1 and eventId is null", Article.PENDING);
        return new EventViews.EventsPageView(events, filter, processing, page > 0,
                (long) (page + 1) * size < events.total());
    }

    /** The editors' view of one event: its sources, facts and linked passages resolved against the article texts. */
    @Transactional
    public Optional<EventPageView> eventPage(UUID id) {
        NewsEvent event = live(NewsEvent.findById(id));
        if (event == null) {
            return Optional.empty();
        }
        id = event.id;
        List<Article> articles = membersOf(List.of(id)).getOrDefault(id, List.of());
        Comparison comparison = Comparison.currentOf(id);
        EventDetail detail = detail(event, articles, comparison);
        if (comparison == null) {
            return Optional.of(new EventPageView(detail, List.of(), List.of()));
        }
        Map<String, Article> byDoc = new HashMap<>();
        for (Article a : articles) {
            byDoc.put(a.id.toString(), a);
        }
        AlignResult result = alignResults.read(comparison.response);
        List<FactView> inOrder = result.comparison().stream()
                .map(f -> new FactView(f.kind(), f.status(), f.label(), mentions(f, byDoc)))
                .toList();
        List<FactView> facts = inOrder.stream()
                .sorted(java.util.Comparator.comparingInt((FactView f) -> statusOrder(f.status())))
                .toList();
        Map<String, AlignResult.AlignedDocument> documents = new HashMap<>();
        result.documents().forEach(d -> documents.put(d.id(), d));
        List<LinkView> links = new ArrayList<>();
        for (AlignResult.Link link : result.links()) {
            links.add(new LinkView(link.score(), passages(link.members(), byDoc, documents)));
        }
        return Optional.of(new EventPageView(detail, facts, links));
    }

    /** Each member's sentences, cut from its article's text. */
    private static List<PassageView> passages(List<AlignResult.Member> members, Map<String, Article> byDoc,
                                              Map<String, AlignResult.AlignedDocument> documents) {
        List<PassageView> passages = new ArrayList<>();
        for (AlignResult.Member member : members) {
            Article article = byDoc.get(member.doc());
            AlignResult.AlignedDocument document = documents.get(member.doc());
            List<String> sentences = new ArrayList<>();
            for (int index : member.sentences()) {
                sentences.add(sentenceText(article, document, index));
            }
            passages.add(new PassageView(sourceOf(byDoc, member.doc()), article == null ? null : article.language, sentences));
        }
        return passages;
    }

    /** The fact's mentions, identical ones (same source, text, value, speaker and role) shown once with a count. */
    private static List<MentionView> mentions(AlignResult.Fact fact, Map<String, Article> byDoc) {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (AlignResult.Mention m : fact.mentions()) {
            counts.merge(java.util.Arrays.asList(sourceOf(byDoc, m.doc()), m.text(), m.value(), m.speaker(), m.role()), 1,
                    Integer::sum);
        }
        List<MentionView> views = new ArrayList<>(counts.size());
        counts.forEach((key, times) -> views.add(new MentionView(key.get(0), key.get(1), key.get(2), key.get(3), key.get(4),
                times)));
        return views;
    }

    private static int statusOrder(String status) {
        return switch (status == null ? "" : status) {
            case "conflict" -> 0;
            case "agree" -> 1;
            case "unique" -> 2;
            default -> 3;
        };
    }

    private static String sourceOf(Map<String, Article> byDoc, String doc) {
        Article article = byDoc.get(doc);
        return article == null ? doc : article.source;
    }

    /** The sentence cut from the article by align's offsets; a placeholder if they do not fit the text. */
    static String sentenceText(Article article, AlignResult.AlignedDocument document, int index) {
        if (article == null || document == null || index < 0 || index >= document.sentences().size()) {
            return "[sentence " + index + " not available]";
        }
        AlignResult.Sentence s = document.sentences().get(index);
        if (s.start() < 0 || s.end() > article.text.length() || s.start() > s.end()) {
            return "[sentence " + index + " outside the text]";
        }
        return article.text.substring(s.start(), s.end());
    }

    private static Map<UUID, List<Article>> membersOf(Collection<UUID> eventIds) {
        Map<UUID, List<Article>> members = new HashMap<>();
        if (eventIds.isEmpty()) {
            return members;
        }
        List<Article> articles = Article.list("eventId in ?1 order by published, created", eventIds);
        for (Article a : articles) {
            members.computeIfAbsent(a.eventId, k -> new ArrayList<>()).add(a);
        }
        return members;
    }

    private static Map<UUID, Comparison> comparisonsOf(Collection<UUID> eventIds) {
        Map<UUID, Comparison> comparisons = new HashMap<>();
        if (!eventIds.isEmpty()) {
            Comparison.<Comparison>list("eventId in ?1 and current = true", eventIds).forEach(c -> comparisons.put(c.eventId, c));
        }
        return comparisons;
    }

    private static EventSummary summary(NewsEvent e, List<Article> articles, Comparison comparison) {
        return new EventSummary(e.id, e.title, articles.stream().map(a -> a.id).toList(), languages(articles),
                sources(articles), e.firstPublished, e.lastPublished,
                (int) articles.stream().filter(a -> !a.isProcessed()).count(), summarize(comparison));
    }

    private EventDetail detail(NewsEvent e, List<Article> articles, Comparison comparison) {
        List<EventArticle> views = articles.stream()
                .map(a -> new EventArticle(a.id, a.source, a.title, a.published, a.url, a.language,
                        a.languageConfidence, a.status))
                .toList();
        return new EventDetail(e.id, e.title, views, languages(articles), sources(articles), e.firstPublished,
                e.lastPublished, summarize(comparison));
    }

    private static List<String> languages(List<Article> articles) {
        return articles.stream().map(a -> a.language).filter(l -> l != null).distinct().sorted().toList();
    }

    private static List<String> sources(List<Article> articles) {
        return List.copyOf(articles.stream().map(a -> a.source)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    private static ComparisonSummary summarize(Comparison comparison) {
        if (comparison == null) {
            return null;
        }
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        var facts = comparison.response.path("comparison");
        facts.forEach(f -> byStatus.merge(f.path("status").asText(""), 1, Integer::sum));
        return new ComparisonSummary(comparison.computed, byStatus.getOrDefault("agree", 0),
                byStatus.getOrDefault("conflict", 0), byStatus.getOrDefault("unique", 0),
                comparison.response.path("links").size(), List.of(comparison.articleIds), comparison.version,
                new ClaimCounts(comparison.agreeClaims, comparison.conflictClaims, comparison.uniqueClaims));
    }
}
