package dev.parallax.newsroom.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An article's sentences (by their offsets in its text) translated into one norm, for the claim matrix. */
@Entity
@Table(name = "sentence_translation")
@IdClass(SentenceTranslation.Key.class)
public class SentenceTranslation extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public UUID articleId;

    @Id
    public String target;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "integer[]")
    public int[] starts;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "integer[]")
    public int[] ends;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] translations;

    @Column(nullable = false)
    public Instant created;

    public static class Key implements Serializable {
        public UUID articleId;
        public String target;

        public Key() {
        }

        public Key(UUID articleId, String target) {
            this.articleId = articleId;
            this.target = target;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(articleId, key.articleId) && Objects.equals(target, key.target);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, target);
        }
    }
}
