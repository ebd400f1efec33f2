package dev.parallax.newsroom.service.ingest;

import java.time.Instant;
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
     * Stores a new article, pending analysis. Flushes inside the transaction so that a concurrent
     * duplicate surfaces here as a unique-constraint violation.
     */
    @Transactional
    public ArticleView insert(NewArticle article) {
        Instant now = Instant.now();
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
        entity.nextAttemptAt = now;
        entity.created = now;
        entity.persistAndFlush();
        return ArticleView.of(entity);
    }

    @Transactional
    public Optional<ArticleView> find(UUID id) {
        return Article.<Article>findByIdOptional(id).map(ArticleView::of);
    }
}
