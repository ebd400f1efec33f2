package dev.parallax.newsroom.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One news report as it was posted, plus the state of its analysis. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String PROCESSED = "processed";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String source;

    public String title;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public LocalDate published;

    public String url;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    public String language;

    @Column(name = "language_confidence")
    public Double languageConfidence;

    @Column(name = "language_override", nullable = false)
    public boolean languageOverride;

    @Column(nullable = false)
    public String status = PENDING;

    @Column(name = "event_id")
    public UUID eventId;

    /** Its event's membership version when it joined (or was merged into it); a comparison of that version covers it. */
    @Column(name = "admitted_version")
    public Integer admittedVersion;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(nullable = false)
    public Instant created;

    public Instant processed;

    public static Optional<Article> findByUrl(String url) {
        return find("url", url).firstResultOptional();
    }

    public static Optional<Article> findUrlLessByHash(String contentHash) {
        return find("contentHash = ?1 and url is null", contentHash).firstResultOptional();
    }

    public static List<Article> findByUrls(Collection<String> urls) {
        return list("url in ?1", urls);
    }

    public static List<Article> findUrlLessByHashes(Collection<String> contentHashes) {
        return list("contentHash in ?1 and url is null", contentHashes);
    }

    public boolean isProcessed() {
        return PROCESSED.equals(status);
    }

    /** Done: its event's comparison covers it. Answers the time from ingestion until now. */
    public java.time.Duration markProcessed(Instant now) {
        status = PROCESSED;
        processed = now;
        lastError = null;
        nextAttemptAt = now;
        return java.time.Duration.between(created, now);
    }
}
