package dev.parallax.newsroom.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The align service's answer for an event, kept as it came so extra fields survive. */
@Entity
@Table(name = "comparison")
public class Comparison extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

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
}
