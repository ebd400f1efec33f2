package dev.parallax.newsroom.service.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.parallax.newsroom.model.Article;

/** Storage of posted articles and the reads of the API. */
@ApplicationScoped
public class ArticleService {

    /** The stored article a re-post of {@code article} refers to: same url, or without url same source and text. */
    @Transactional
    public Optional<ArticleView> findDuplicate(NewArticle article) {
        Optional<Article> existing = article.url() != null
                ? Article.findByUrl(article.url())
                : Article.findUrlLessByHash(article.contentHash());
        return existing.map(ArticleView::of);
    }

    /**
     * The stored articles that posts of {@code articles} would be re-posts of, by {@link NewArticle#identity()}: two
     * index look-ups for a whole batch instead of one per article.
     */
    @Transactional
    public Map<String, ArticleView> findStored(Collection<NewArticle> articles) {
        List<String> urls = articles.stream().map(NewArticle::url).filter(Objects::nonNull).distinct().toList();
        List<String> hashes = articles.stream().filter(a -> a.url() == null).map(NewArticle::contentHash).distinct()
                .toList();
        List<Article> stored = new ArrayList<>();
        if (!urls.isEmpty()) {
            stored.addAll(Article.findByUrls(urls));
        }
        if (!hashes.isEmpty()) {
            stored.addAll(Article.findUrlLessByHashes(hashes));
        }
        Map<String, ArticleView> byIdentity = new HashMap<>();
        for (Article article : stored) {
            byIdentity.put(NewArticle.identity(article.url, article.contentHash), ArticleView.of(article));
        }
        return byIdentity;
    }

    /**
     * Stores a new article, pending analysis. Flushes inside the transaction so that a concurrent
     * duplicate surfaces here as a unique-constraint violation.
     */
    @Transactional
    public ArticleView insert(NewArticle article) {
        Article entity = entity(article, Instant.now());
        entity.persistAndFlush();
        return ArticleView.of(entity);
    }

    /**
     * Stores new articles in one transaction: all of them, or none when one breaks a unique constraint (a concurrent
     * post of the same article), which then surfaces here. Their creation times follow the list's order by a
     * microsecond each, so that the worker, which takes the oldest first, takes them in the order they were posted.
     */
    @Transactional
    public List<ArticleView> insertAll(List<NewArticle> articles) {
        Instant now = Instant.now();
        List<Article> entities = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            entities.add(entity(articles.get(i), now.plus(i, ChronoUnit.MICROS)));
        }
        // Inserted in one order for every batch, by identity: a row inserted holds its unique key until commit, so
        // two batches sharing new articles in different orders would each wait for a key the other holds (a
        // deadlock, seen in a test); in one order the second waits for the first and then meets its duplicate.
        Article.persist(entities.stream()
                .sorted(Comparator.comparing((Article a) -> NewArticle.identity(a.url, a.contentHash))));
        Article.flush();
        return entities.stream().map(ArticleView::of).toList();
    }

    @Transactional
    public Optional<ArticleView> find(UUID id) {
        return Article.<Article>findByIdOptional(id).map(ArticleView::of);
    }

    private static Article entity(NewArticle article, Instant created) {
        Article entity = new Article();
        entity.id = UUID.randomUUID();
        entity.source = article.source();
        entity.title = article.title();
        entity.text = article.text();
        entity.published = article.published();
        entity.url = article.url();
        entity.contentHash = article.contentHash();
        entity.language = article.language();
        entity.languageOverride = article.language() != null;
        entity.status = Article.PENDING;
        entity.nextAttemptAt = created;
        entity.created = created;
        return entity;
    }
}
