package dev.parallax.newsroom.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import dev.parallax.newsroom.service.Languages;
import dev.parallax.newsroom.service.query.EventFilter;
import dev.parallax.support.problem.ProblemException;

/** The events list's filters from query parameters (the contract's names); a bad value is a 400. */
public final class EventFilters {

    static final int MAX_WORDS_LENGTH = 200;
    static final int MAX_SOURCE_LENGTH = 200;

    private EventFilters() {
    }

    public static EventFilter parse(String q, String language, String source, String from, String to, String status) {
        String words = blankToNull(q);
        if (words != null && (words.length() > MAX_WORDS_LENGTH || words.indexOf('\0') >= 0)) {
            throw ProblemException.badRequest("'q' must be at most " + MAX_WORDS_LENGTH + " characters of text.");
        }
        String lang = blankToNull(language);
        if (lang != null) {
            lang = lang.toLowerCase(Locale.ROOT);
            if (!Languages.known(lang)) {
                throw ProblemException.badRequest("'language' must be one of " + String.join(", ", Languages.KNOWN)
                        + ".");
            }
        }
        String outlet = blankToNull(source);
        if (outlet != null && (outlet.length() > MAX_SOURCE_LENGTH || outlet.indexOf('\0') >= 0)) {
            throw ProblemException.badRequest("'source' must be at most " + MAX_SOURCE_LENGTH + " characters of text.");
        }
        LocalDate fromDate = date(from, "from");
        LocalDate toDate = date(to, "to");
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw ProblemException.badRequest("'from' (" + fromDate + ") is after 'to' (" + toDate + ").");
        }
        String state = blankToNull(status);
        if (state != null && !"conflict".equals(state)) {
            throw ProblemException.badRequest("'status' can only be 'conflict' (events whose comparison has one).");
        }
        return new EventFilter(words, lang, outlet, fromDate, toDate, state != null);
    }

    private static LocalDate date(String value, String name) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1 || date.getYear() > 9999) {
                throw new DateTimeException("out of range");
            }
            return date;
        } catch (DateTimeException e) {
            throw ProblemException.badRequest("'" + name + "' must be an ISO date (YYYY-MM-DD) between years 1 and 9999.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
