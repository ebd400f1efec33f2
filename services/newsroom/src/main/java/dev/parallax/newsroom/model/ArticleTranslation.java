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

/** An article's text machine-translated into one other language; at most one per article and target. */
@Entity
@Table(name = "article_translation")
public class ArticleTranslation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public String target;

    @Column(nullable = false)
    public String translation;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] unknown;

    @Column(nullable = false)
    public Instant created;

    public static Optional<ArticleTranslation> find(UUID articleId, String target) {
        return find("articleId = ?1 and target = ?2", articleId, target).firstResultOptional();
    }

    public static List<ArticleTranslation> of(List<UUID> articleIds, String target) {
        return articleIds.isEmpty() ? List.of() : list("articleId in ?1 and target = ?2", articleIds, target);
    }
}
