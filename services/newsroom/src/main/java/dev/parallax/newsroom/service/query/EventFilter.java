package dev.parallax.newsroom.service.query;

import java.time.LocalDate;

/**
 * Which events a list shows; null fields do not filter.
 *
 * @param words         words in an article's title or text, any norm (all of them must occur)
 * @param language      an article in this language
 * @param source        an article from this source (case ignored)
 * @param from          an article published on or after this day
 * @param to            an article published on or before this day
 * @param withConflicts only events whose current comparison has a conflict
 */
public record EventFilter(String words, String language, String source, LocalDate from, LocalDate to,
        boolean withConflicts) {
}
