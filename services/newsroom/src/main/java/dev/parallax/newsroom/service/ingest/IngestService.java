package dev.parallax.newsroom.service.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.parallax.newsroom.config.NewsroomConfig;
import dev.parallax.newsroom.service.Failures;
import dev.parallax.support.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Stores each posted article once. Idempotency rests on the database's unique
 * constraints (url; content hash of url-less articles): a concurrent duplicate that slips past the
 * look-up fails the insert, and the article that won is answered instead.
 */
@ApplicationScoped
public class IngestService {

    private final ArticleService articles;
    private final NewsroomConfig config;
    private final Counter ingested;
    private final Counter duplicates;

    IngestService(ArticleService articles, NewsroomConfig config, MeterRegistry registry) {
        this.articles = articles;
        this.config = config;
        this.ingested = Counter.builder("newsroom.articles.ingested").description("Articles stored").register(registry);
        this.duplicates = Counter.builder("newsroom.articles.reposted")
                .description("Posts answered with an already stored article").register(registry);
    }

    public IngestOutcome ingest(NewArticle posted) {
        return store(check(posted));
    }

    /**
     * Ingests the articles of a batch, each on its own: one refused by {@link #check} is answered in its place and
     * stores nothing, the others are stored or found. Cheaper than one {@link #ingest} per article: one look-up of
     * the stored ones for the whole batch and one transaction for the new ones. An article posted twice in the batch
     * is stored once; the later post is answered as a re-post of the earlier one.
     *
     * @return one outcome per article, in the order of {@code posted}
     */
    public List<BatchOutcome> ingestAll(List<NewArticle> posted) {
        BatchOutcome[] outcomes = new BatchOutcome[posted.size()];
        List<NewArticle> checked = new ArrayList<>(posted.size());
        List<Integer> checkedAt = new ArrayList<>(posted.size());
        for (int i = 0; i < posted.size(); i++) {
            try {
                checked.add(check(posted.get(i)));
                checkedAt.add(i);
            } catch (ProblemException refusal) {
                outcomes[i] = BatchOutcome.refused(refusal);
            }
        }
        Map<String, ArticleView> stored = checked.isEmpty() ? Map.of() : articles.findStored(checked);
        List<NewArticle> fresh = new ArrayList<>();
        List<Integer> freshAt = new ArrayList<>();
        // identity → position of its first new post in this batch; later posts of it are answered by that one
        Map<String, Integer> firstPostAt = new HashMap<>();
        Map<Integer, Integer> repostOf = new HashMap<>();
        for (int k = 0; k < checked.size(); k++) {
            NewArticle article = checked.get(k);
            int at = checkedAt.get(k);
            ArticleView existing = stored.get(article.identity());
            Integer first = firstPostAt.putIfAbsent(article.identity(), at);
            if (existing != null) {
                duplicates.increment();
                outcomes[at] = BatchOutcome.of(new IngestOutcome(existing, false));
            } else if (first != null) {
                repostOf.put(at, first);
            } else {
                fresh.add(article);
                freshAt.add(at);
            }
        }
        List<IngestOutcome> inserted = insertAll(fresh);
        for (int k = 0; k < inserted.size(); k++) {
            outcomes[freshAt.get(k)] = BatchOutcome.of(inserted.get(k));
        }
        repostOf.forEach((at, first) -> {
            duplicates.increment();
            outcomes[at] = BatchOutcome.of(new IngestOutcome(outcomes[first].ingested().article(), false));
        });
        return List.of(outcomes);
    }

    /**
     * The new articles of a batch in one transaction. Should another request store one of them meanwhile (or, in
     * spite of {@link ArticleService#insertAll}'s order, PostgreSQL break a deadlock with another batch), the
     * transaction stores nothing and each article takes the single path, which answers such a race with the
     * article that won.
     */
    private List<IngestOutcome> insertAll(List<NewArticle> fresh) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        try {
            List<ArticleView> created = articles.insertAll(fresh);
            ingested.increment(created.size());
            return created.stream().map(article -> new IngestOutcome(article, true)).toList();
        } catch (RuntimeException e) {
            if (!Failures.isUniqueViolation(e) && !Failures.isDeadlock(e)) {
                throw e;
            }
            return fresh.stream().map(this::store).toList();
        }
    }

    /** Stores a checked article unless it is stored already. */
    private IngestOutcome store(NewArticle article) {
        var existing = articles.findDuplicate(article);
        if (existing.isPresent()) {
            duplicates.increment();
            return new IngestOutcome(existing.get(), false);
        }
        try {
            ArticleView created = articles.insert(article);
            ingested.increment();
            return new IngestOutcome(created, true);
        } catch (RuntimeException e) {
            if (!Failures.isUniqueViolation(e)) {
                throw e;
            }
            // another request stored the same article between our look-up and insert
            duplicates.increment();
            return new IngestOutcome(articles.findDuplicate(article).orElseThrow(() -> e), false);
        }
    }

    /**
     * The rules that depend on this deployment and on today, which the request's constraints cannot know: a
     * language this newsroom handles, a publication date not ahead of today by more than a clock's error.
     */
    NewArticle check(NewArticle article) {
        if (article.language() != null && !config.languages().contains(article.language())) {
            throw ProblemException.badRequest("Unsupported 'language' '" + abbreviate(article.language())
                    + "'; use one of " + config.languages().stream().sorted().toList() + ".");
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (article.published() == null) {
            return article.publishedOn(today);
        }
        LocalDate latest = today.plusDays(config.maxDaysAhead());
        if (article.published().isAfter(latest)) {
            throw ProblemException.badRequest("'published' (" + article.published() + ") lies in the future; at most "
                    + config.maxDaysAhead() + " day(s) after today (" + today + ", UTC) is accepted.");
        }
        return article;
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

}
