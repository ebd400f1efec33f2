package dev.parallax.newsroom.service.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;

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
        NewArticle article = check(posted);
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
