package dev.parallax.newsroom.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of an event's comparison: the align service's answer, kept as it came so extra fields survive.
 * Every recomputation adds a version; the highest is {@link #current}. Versions are never overwritten.
 */
@Entity
@Table(name = "comparison")
@IdClass(Comparison.Key.class)
public class Comparison extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    /** 1 for the event's first comparison, +1 for each recomputation. */
    @Id
    @Column(nullable = false)
    public int version;

    /** Whether this is the event's newest version. */
    @Column(nullable = false)
    public boolean current;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public ObjectNode response;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "article_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] articleIds;

    /** The event's membership version the comparison was computed for. */
    @Column(name = "membership_version", nullable = false)
    public int membershipVersion;

    @Column(nullable = false)
    public Instant computed;

    /** Claims by status (facts by status for a response without claims). */
    @Column(name = "agree_claims", nullable = false)
    public int agreeClaims;

    @Column(name = "conflict_claims", nullable = false)
    public int conflictClaims;

    @Column(name = "unique_claims", nullable = false)
    public int uniqueClaims;

    /** The event's current comparison, or null when it has none yet. */
    public static Comparison currentOf(UUID eventId) {
        return find("eventId = ?1 and current = true", eventId).firstResult();
    }

    /** One version of the event's comparison, or null when there is no such version. */
    public static Comparison of(UUID eventId, int version) {
        return findById(new Key(eventId, version));
    }

    /**
     * The event's versions newest first, without their align answers (a list of versions must not load every
     * stored comparison): version, computed, article ids, agree, conflict and unique claims per row.
     */
    public static List<Object[]> versionRows(UUID eventId) {
        return getEntityManager().createQuery("select c.version, c.computed, c.articleIds, c.agreeClaims, "
                + "c.conflictClaims, c.uniqueClaims from Comparison c where c.eventId = ?1 order by c.version desc",
                Object[].class).setParameter(1, eventId).getResultList();
    }

    /** The composite identity: an event and a version. */
    public static class Key implements Serializable {
        public UUID eventId;
        public int version;

        public Key() {
        }

        public Key(UUID eventId, int version) {
            this.eventId = eventId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && version == key.version && Objects.equals(eventId, key.eventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, version);
        }
    }
}
