package dev.parallax.support.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import dev.parallax.support.problem.ProblemException;

/**
 * A publication date as clients send it: an ISO date (2015-09-18) or date-time with or without offset
 * (2015-09-18T08:30:00Z), its date taken as written. Years 1 to 9999 only: PostgreSQL's and every reader's
 * range, and no year 0 (which PostgreSQL would silently store as 1 BC or reject).
 */
public final class IsoDates {

    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;

    private IsoDates() {
    }

    /**
     * The date, or null when the value is null or blank.
     *
     * @throws ProblemException 400 for anything else than an ISO date or date-time in years 1 to 9999
     */
    public static LocalDate parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        LocalDate date;
        try {
            date = LocalDate.parse(v);
        } catch (DateTimeParseException notADate) {
            try {
                date = OffsetDateTime.parse(v).toLocalDate();
            } catch (DateTimeParseException notOffset) {
                try {
                    date = LocalDateTime.parse(v).toLocalDate();
                } catch (DateTimeParseException notLocal) {
                    throw invalid(value, field);
                }
            }
        } catch (DateTimeException e) {
            throw invalid(value, field);
        }
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw ProblemException.badRequest("'" + field + "' must be in the years " + MIN_YEAR + " to " + MAX_YEAR
                    + ", not '" + abbreviate(value) + "'.");
        }
        return date;
    }

    /** Why the value is no date this class accepts, or null when it is one (or null or blank). */
    public static String problem(String value) {
        try {
            parse(value, "value");
            return null;
        } catch (ProblemException e) {
            // the detail names the field first; the constraint's path names it instead
            return e.getMessage().replaceFirst("^'value' ", "").replaceFirst("\\.$", "");
        }
    }

    private static ProblemException invalid(String value, String field) {
        return ProblemException.badRequest("'" + field + "' must be an ISO date (2015-09-18) or date-time "
                + "(2015-09-18T08:30:00Z), not '" + abbreviate(value) + "'.");
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
