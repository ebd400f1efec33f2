package dev.parallax.newsroom.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A program allowed to call the API with a bearer token; the token itself is never stored, only its SHA-256. */
@Entity
@Table(name = "api_client")
public class ApiClient extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "token_hash", nullable = false)
    public byte[] tokenHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] roles;

    @Column(nullable = false)
    public Instant created;

    public Instant revoked;

    /** The client holding a token of this hash, unless it was revoked. */
    public static Optional<ApiClient> activeByTokenHash(byte[] tokenHash) {
        return find("tokenHash = ?1 and revoked is null", tokenHash).firstResultOptional();
    }

    public static Optional<ApiClient> byTokenHash(byte[] tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    public static List<ApiClient> newestFirst() {
        return list("order by created desc, id");
    }
}
