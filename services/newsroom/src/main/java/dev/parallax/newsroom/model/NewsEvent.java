package dev.parallax.newsroom.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A story: the articles that report it, grouped by text similarity within a date window. */
@Entity
@Table(name = "event")
public class NewsEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(name = "first_published", nullable = false)
    public LocalDate firstPublished;

    @Column(name = "last_published", nullable = false)
    public LocalDate lastPublished;

    @Column(name = "membership_version", nullable = false)
    public int membershipVersion;

    @Column(nullable = false)
    public Instant created;

    @Column(nullable = false)
    public Instant updated;

    /** The event this one was merged into, or null while it stands on its own. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    /** Widens the event's date range to the new member and marks the stored comparison stale. */
    public void admit(Article article, Instant now) {
        if (article.published.isBefore(firstPublished)) {
            firstPublished = article.published;
        }
        if (article.published.isAfter(lastPublished)) {
            lastPublished = article.published;
        }
        membershipVersion++;
        updated = now;
        article.eventId = id;
        article.admittedVersion = membershipVersion;
    }
}
