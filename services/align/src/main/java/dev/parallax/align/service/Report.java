package dev.parallax.align.service;

import java.time.LocalDate;
import java.util.List;

import dev.parallax.text.Span;

/**
 * A validated report: its text, its sentences, and the date relative expressions refer to.
 *
 * @param published the publication date, or null when not given
 */
public record Report(String id, String text, String language, LocalDate published, List<Span> sentences) {

    public String sentence(int index) {
        return sentences.get(index).of(text);
    }
}
