package dev.parallax.newsroom.service.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * An article as posted, before it is stored.
 *
 * @param published   null when the client gave none (the service takes today, UTC)
 * @param url         null when the client gave none
 * @param language    null unless the client overrides detection
 * @param contentHash identity of an article without url: its source and its exact text
 */
public record NewArticle(String source, String title, String text, LocalDate published, String url, String language,
        String contentHash) {

    public static NewArticle of(String source, String title, String text, LocalDate published, String url,
            String language) {
        return new NewArticle(source, title, text, published, url, language, contentHash(source, text));
    }

    /**
     * What makes a post a re-post of a stored article: the url, or without a url the source and text (the unique
     * constraints of the article table, read the same way by {@link #identity(String, String)} for a stored one).
     */
    String identity() {
        return identity(url, contentHash);
    }

    static String identity(String url, String contentHash) {
        return url != null ? "url " + url : "content " + contentHash;
    }

    NewArticle publishedOn(LocalDate date) {
        return new NewArticle(source, title, text, date, url, language, contentHash);
    }

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
}
