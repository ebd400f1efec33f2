package dev.parallax.newsroom.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of langid's answer the newsroom keeps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Detection(String language, Double confidence) {
}
