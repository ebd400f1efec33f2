package dev.parallax.langid.rest;

import java.util.List;

/** @param texts 1 to 1,000 texts, answered in the same order */
public record BatchDetectRequest(List<String> texts) {
}
