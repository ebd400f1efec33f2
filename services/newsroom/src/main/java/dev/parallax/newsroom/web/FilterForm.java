package dev.parallax.newsroom.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.parallax.newsroom.service.query.EventFilter;

/** The events list's filter form as the reader filled it in, and the same filter for the pager's links. */
public record FilterForm(String q, String language, String source, String from, String to, boolean conflicts) {

    static FilterForm of(EventFilter f) {
        return new FilterForm(orEmpty(f.words()), orEmpty(f.language()), orEmpty(f.source()),
                f.from() == null ? "" : f.from().toString(), f.to() == null ? "" : f.to().toString(), f.withConflicts());
    }

    public boolean active() {
        return !q.isEmpty() || !language.isEmpty() || !source.isEmpty() || !from.isEmpty() || !to.isEmpty() || conflicts;
    }

    /** "&q=…&language=…" for a pager link, each value URL-encoded (the template escapes the whole for HTML). */
    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "q", q);
        add(parts, "language", language);
        add(parts, "source", source);
        add(parts, "from", from);
        add(parts, "to", to);
        if (conflicts) {
            parts.add("status=conflict");
        }
        return parts.isEmpty() ? "" : "&" + String.join("&", parts);
    }

    public boolean isLanguage(String code) {
        return code.equals(language);
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isEmpty()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
