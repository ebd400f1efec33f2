package dev.parallax.newsroom.service.translation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.parallax.newsroom.client.Translated;
import dev.parallax.newsroom.model.Article;
import dev.parallax.newsroom.model.ArticleTranslation;

/**
 * The database side of translated reading. Each method is one short transaction: translate is
 * called between them, never inside one.
 */
@ApplicationScoped
public class TranslationStore {

    /** An article's text and, if already stored, its translation into the target asked for. */
    public record ArticleText(UUID id, String outlet, String title, LocalDate published, String language,
            String text, TranslationView stored) {
    }

    @Transactional
    public Optional<ArticleText> article(UUID id, String target) {
        Optional<Article> article = Article.findByIdOptional(id);
        return article.map(a -> text(a, ArticleTranslation.find(id, target).map(TranslationStore::view).orElse(null)));
    }

    /** The event's articles, oldest first like the rest of the event page; translations only if a target is given. */
    @Transactional
    public List<ArticleText> eventArticles(UUID eventId, String target) {
        List<Article> articles = Article.list("eventId = ?1 order by published, created", eventId);
        Map<UUID, TranslationView> stored = new HashMap<>();
        if (target != null) {
            ArticleTranslation.of(articles.stream().map(a -> a.id).toList(), target)
                    .forEach(t -> stored.put(t.articleId, view(t)));
        }
        return articles.stream().map(a -> text(a, stored.get(a.id))).toList();
    }

    @Transactional
    public Optional<TranslationView> find(UUID articleId, String target) {
        return ArticleTranslation.find(articleId, target).map(TranslationStore::view);
    }

    /**
     * Stores a fresh translation. Flushes inside the transaction so that another instance having
     * stored the same one first surfaces here as a unique-constraint violation.
     */
    @Transactional
    public TranslationView save(UUID articleId, String source, String target, Translated translated) {
        ArticleTranslation entity = new ArticleTranslation();
        entity.id = UUID.randomUUID();
        entity.articleId = articleId;
        entity.source = source;
        entity.target = target;
        entity.translation = translated.translation();
        entity.unknown = translated.unknown().toArray(String[]::new);
        // PostgreSQL keeps microseconds: the answer now must equal the one read back later
        entity.created = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entity.persistAndFlush();
        return view(entity);
    }

    private static ArticleText text(Article a, TranslationView stored) {
        return new ArticleText(a.id, a.source, a.title, a.published, a.language, a.text, stored);
    }

    private static TranslationView view(ArticleTranslation t) {
        return new TranslationView(t.articleId, t.source, t.target, t.translation, List.of(t.unknown), t.created);
    }
}
