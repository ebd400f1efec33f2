package dev.parallax.newsroom.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** translate's answer; {@code unknown}: source words Apertium copied through untranslated. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Translated(String translation, String source, String target, List<String> unknown) {

    public Translated {
        unknown = unknown == null ? List.of() : List.copyOf(unknown);
    }
}
