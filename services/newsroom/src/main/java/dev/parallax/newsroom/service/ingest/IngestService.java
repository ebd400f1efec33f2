package dev.parallax.newsroom.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import dev.parallax.newsroom.config.NewsroomConfig;
import dev.parallax.newsroom.rest.ArticleRequest;
import dev.parallax.support.problem.ProblemException;
import dev.parallax.support.text.IsoDates;
import dev.parallax.support.text.UntrustedText;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Validates posted articles and stores each one once. Idempotency rests on the database's unique
 * constraints (url; content hash of url-less articles): a concurrent duplicate that slips past the
 * look-up fails the insert, and the article that won is answered instead.
 */
@ApplicationScoped
public class IngestService {

    static final int MAX_SOURCE_CHARS = 200;
    static final int MAX_TITLE_CHARS = 1000;
    static final int MAX_URL_CHARS = 2048;
    private static final String UNIQUE_VIOLATION = "23505";

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

    public IngestOutcome ingest(ArticleRequest request) {
        NewArticle article = validate(request);
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
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // another request stored the same article between our look-up and insert
            duplicates.increment();
            return new IngestOutcome(articles.findDuplicate(article).orElseThrow(() -> e), false);
        }
    }

    NewArticle validate(ArticleRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("The body must be a JSON object with at least 'source' and 'text'.");
        }
        // normalised once here: what is stored, grouped, compared and shown (UntrustedText)
        String source = required(UntrustedText.normalise(request.source(), "source"), "source");
        if (source.length() > MAX_SOURCE_CHARS) {
            throw ProblemException.badRequest("'source' has more than " + MAX_SOURCE_CHARS + " characters.");
        }
        String text = UntrustedText.normalise(request.text(), "text");
        if (!UntrustedText.hasVisibleText(text)) {
            throw ProblemException.badRequest("'text' is required and must not be blank.");
        }
        if (text.length() > config.maxTextChars()) {
            throw ProblemException.tooLarge("'text' has " + text.length() + " characters; at most "
                    + config.maxTextChars() + " are accepted.");
        }
        String title = blankToNull(UntrustedText.normalise(request.title(), "title"));
        if (title != null && title.length() > MAX_TITLE_CHARS) {
            throw ProblemException.tooLarge("'title' has more than " + MAX_TITLE_CHARS + " characters.");
        }
        String url = blankToNull(UntrustedText.normalise(request.url(), "url"));
        if (url != null && (url.length() > MAX_URL_CHARS || url.chars().anyMatch(Character::isWhitespace))) {
            throw ProblemException.badRequest("'url' must be at most " + MAX_URL_CHARS
                    + " characters without white space.");
        }
        String language = blankToNull(request.language());
        if (language != null) {
            language = language.toLowerCase(Locale.ROOT);
            if (!config.languages().contains(language)) {
                throw ProblemException.badRequest("Unsupported 'language' '" + abbreviate(request.language())
                        + "'; use one of " + config.languages().stream().sorted().toList() + ".");
            }
        }
        LocalDate published = parsePublished(request.published());
        LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(config.maxDaysAhead());
        if (published.isAfter(latest)) {
            throw ProblemException.badRequest("'published' (" + published + ") lies in the future; at most "
                    + config.maxDaysAhead() + " day(s) after today (" + latest.minusDays(config.maxDaysAhead())
                    + ", UTC) is accepted.");
        }
        return new NewArticle(source, title, text, published, url, language, contentHash(source, text));
    }

    /** The publication date as given (years 1 to 9999), today (UTC) when none is. */
    static LocalDate parsePublished(String value) {
        LocalDate date = IsoDates.parse(value, "published");
        return date == null ? LocalDate.now(ZoneOffset.UTC) : date;
    }

    /** Identity of an article without url: its source and its exact text. */
    static String contentHash(String source, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(source.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("'" + field + "' is required and must not be blank.");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    /** Also used by {@link TranslationService}, which meets the same race when storing a translation. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
