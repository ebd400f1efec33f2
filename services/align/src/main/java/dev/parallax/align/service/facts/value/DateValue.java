package dev.parallax.align.service.facts.value;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A date as a report states it: a day, a night, a week, a month or a year, resolved to the days it covers
 * when it can be ("fredag" published on Friday 18 September 2015 is that day; "i fjor" is last year);
 * otherwise what was said: a weekday, a month without a year.
 * <p>
 * Compatibility: two resolved dates agree when the days they cover overlap ("i nat" covers the night
 * before and the day; "i 2014" covers "marts 2014") and conflict when they do not. A bare weekday or month
 * is compared by its name; two bare weekdays a day apart may be one day seen from two time zones. A relative
 * date of a report without a publication date says nothing to compare.
 *
 * @param from        first day covered, or null when unresolved
 * @param to          last day covered (inclusive), or null when unresolved
 * @param granularity day, night, week, month or year
 * @param weekday     the weekday named, when only that is known
 * @param month       the month named, when only that is known (1-12)
 * @param dayOfMonth  with {@code month}, the day named ("15. sept." in a report without a publication date)
 * @param inferred    the date was inferred (a weekday, "i går", a year taken from publication): it agrees
 *                    with an explicit date but is weaker evidence of a conflict
 * @param orWeekLater a weekday no word marks as past or ahead ("Landsmøtet fortsetter søndag" published on a
 *                    Saturday): resolved to its last occurrence, it may as well be the next, a week later
 */
public record DateValue(LocalDate from, LocalDate to, String granularity, DayOfWeek weekday, Integer month,
                        Integer dayOfMonth, boolean inferred, boolean orWeekLater) implements Value {

    public DateValue(LocalDate from, LocalDate to, String granularity, DayOfWeek weekday, Integer month, Integer dayOfMonth,
                     boolean inferred) {
        this(from, to, granularity, weekday, month, dayOfMonth, inferred, false);
    }

    /** A weekday said without "siden", "neste", "på" or a tense the reader can tell: its last occurrence or the next. */
    public static DateValue lastOrNextWeekday(LocalDate last) {
        return new DateValue(last, last, "day", null, null, null, true, true);
    }

    public static DateValue day(LocalDate day, boolean inferred) {
        return new DateValue(day, day, "day", null, null, null, inferred);
    }

    /** The night before {@code day}: the evening of the day before and the small hours of the day. */
    public static DateValue night(LocalDate day) {
        return new DateValue(day.minusDays(1), day, "night", null, null, null, true);
    }

    public static DateValue month(int year, int month, boolean inferred) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new DateValue(first, first.plusMonths(1).minusDays(1), "month", null, null, null, inferred);
    }

    public static DateValue year(int year, boolean inferred) {
        return new DateValue(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "year", null, null, null, inferred);
    }

    public static DateValue week(LocalDate monday) {
        return new DateValue(monday, monday.plusDays(6), "week", null, null, null, true);
    }

    public static DateValue weekdayOnly(DayOfWeek weekday) {
        return new DateValue(null, null, "day", weekday, null, null, true);
    }

    public static DateValue monthOnly(int month) {
        return new DateValue(null, null, "month", null, month, null, false);
    }

    /** A day of a month without a year, in a report without a publication date ("15. sept."). */
    public static DateValue dayOfMonthOnly(int month, int day) {
        return new DateValue(null, null, "day", null, month, day, false);
    }

    private static boolean overlap(LocalDate fromA, LocalDate toA, LocalDate fromB, LocalDate toB) {
        return !fromA.isAfter(toB) && !fromB.isAfter(toA);
    }

    public boolean resolved() {
        return from != null;
    }

    @Override
    public String normalised() {
        if (!resolved()) {
            return weekday != null ? "XXXX-WXX-" + weekday.getValue()
                    : dayOfMonth != null ? String.format(Locale.ROOT, "--%02d-%02d", month, dayOfMonth)
                    : String.format(Locale.ROOT, "--%02d", month);
        }
        return switch (granularity) {
            case "year" -> String.valueOf(from.getYear());
            case "month" -> String.format(Locale.ROOT, "%04d-%02d", from.getYear(), from.getMonthValue());
            case "week" -> from + "/" + to;
            case "night" -> from + "/" + to;
            default -> from.toString();
        };
    }

    @Override
    public String comparableClass() {
        return "date";
    }

    @Override
    public Compatibility against(Value other) {
        if (!(other instanceof DateValue o)) {
            return Compatibility.INCOMPARABLE;
        }
        if (resolved() && o.resolved()) {
            if (from.equals(o.from) && to.equals(o.to)) {
                return Compatibility.SAME;
            }
            if (overlap(from, to, o.from, o.to)) {
                return Compatibility.COMPATIBLE;
            }
            boolean laterReading = orWeekLater && overlap(from.plusWeeks(1), to.plusWeeks(1), o.from, o.to)
                    || o.orWeekLater && overlap(from, to, o.from.plusWeeks(1), o.to.plusWeeks(1));
            return laterReading ? Compatibility.COMPATIBLE : Compatibility.INCOMPATIBLE;
        }
        if (weekday != null || o.weekday != null) {
            DateValue named = weekday != null ? this : o;
            DateValue rest = named == this ? o : this;
            if (rest.weekday != null) {
                if (named.weekday == rest.weekday) {
                    return Compatibility.SAME;
                }
                // two weekdays neither report anchors to a date: a report written in another time zone, or about
                // the small hours, may name the day after
                int apart = Math.abs(named.weekday.getValue() - rest.weekday.getValue());
                return apart == 1 || apart == 6 ? Compatibility.COMPATIBLE : Compatibility.INCOMPATIBLE;
            }
            if (rest.resolved() && (rest.granularity.equals("day") || rest.granularity.equals("night"))) {
                return rest.to.getDayOfWeek() == named.weekday || rest.from.getDayOfWeek() == named.weekday
                        ? Compatibility.SAME : Compatibility.INCOMPATIBLE;
            }
            return Compatibility.INCOMPARABLE;
        }
        if (month != null || o.month != null) {
            DateValue named = month != null ? this : o;
            DateValue rest = named == this ? o : this;
            if (rest.month != null) {
                if (!named.month.equals(rest.month)) {
                    return Compatibility.INCOMPATIBLE;
                }
                if (named.dayOfMonth != null && rest.dayOfMonth != null) {
                    return named.dayOfMonth.equals(rest.dayOfMonth) ? Compatibility.SAME : Compatibility.INCOMPATIBLE;
                }
                return named.dayOfMonth == null && rest.dayOfMonth == null ? Compatibility.SAME : Compatibility.COMPATIBLE;
            }
            if (rest.resolved() && rest.from.getMonthValue() == rest.to.getMonthValue() && rest.from.getYear() == rest.to.getYear()) {
                if (rest.from.getMonthValue() != named.month) {
                    return Compatibility.INCOMPATIBLE;
                }
                if (named.dayOfMonth != null && rest.granularity.equals("day")) {
                    return rest.from.getDayOfMonth() == named.dayOfMonth ? Compatibility.SAME : Compatibility.INCOMPATIBLE;
                }
                return Compatibility.COMPATIBLE;
            }
        }
        return Compatibility.INCOMPARABLE;
    }
}
