package dev.parallax.align.service.facts.value;

import java.util.Locale;

/**
 * A time of day ("kl. 11.20", "klokka 11.40", "halv åtte"), in minutes after midnight.
 * <p>
 * Compatibility: the same minute; a time said in words or on the hour ("kvart over ni", "halv ti", "klokken 7") is
 * rounded to its quarter, up to seven minutes either way ("kvart over ni" / "21.13"); a bound or
 * "rundt" allows what it says ("kort før kl. 13" and "12.47");
 * an hour without minutes below 13 may be the same hour twelve hours on ("klokken 7" / "19.00"); times in
 * different stated time zones ("lokal tid" / "norsk tid"), or with a zone in one report only, are not compared.
 *
 * @param minutesGiven written on a 24-hour clock with minutes ("11.20"); false for "klokken 7" or "halv ti",
 *                     which may mean the evening
 * @param zone the time zone the report names ("lokal", "norsk", "utc"), or "" when none
 */
public record ClockTime(int minutes, boolean minutesGiven, Bound bound, String zone) implements Value {

    /** How far "rundt klokken 13" or "kort før kl. 13" reaches, in minutes. */
    private static final int ABOUT_MINUTES = 30;
    /** How far a time said to the quarter hour may be from the minute it rounds: half a quarter. */
    private static final int SPOKEN_MINUTES = 7;

    @Override
    public String normalised() {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    @Override
    public String comparableClass() {
        return "clock";
    }

    @Override
    public Compatibility against(Value other) {
        if (!(other instanceof ClockTime o)) {
            return Compatibility.INCOMPARABLE;
        }
        if (!zone.equals(o.zone)) {
            return Compatibility.INCOMPARABLE; // one report names a time zone the other may have converted from
        }
        if (minutes == o.minutes) {
            return bound == Bound.EXACT && o.bound == Bound.EXACT ? Compatibility.SAME : Compatibility.COMPATIBLE;
        }
        for (int shift : new int[] {0, 12 * 60, -12 * 60}) {
            if (shift != 0 && !(twelveHourAmbiguous() || o.twelveHourAmbiguous())) {
                continue;
            }
            int[] mine = interval(minutes + shift);
            int[] theirs = o.interval(o.minutes);
            if (mine[0] <= theirs[1] && theirs[0] <= mine[1]) {
                return Compatibility.COMPATIBLE;
            }
        }
        return Compatibility.INCOMPATIBLE;
    }

    /** "klokken 7", "halv ti": said without a 24-hour clock, so also twelve hours later. */
    private boolean twelveHourAmbiguous() {
        return !minutesGiven && minutes < 13 * 60;
    }

    private int[] interval(int at) {
        return switch (bound) {
            case EXACT, RANGE -> minutesGiven ? new int[] {at, at} : new int[] {at - SPOKEN_MINUTES, at + SPOKEN_MINUTES};
            case ABOUT -> new int[] {at - ABOUT_MINUTES, at + ABOUT_MINUTES};
            case MIN, JUST_OVER, FALLEN_TO -> new int[] {at, at + 3 * ABOUT_MINUTES};
            case MAX, ALMOST, RISEN_TO -> new int[] {at - 3 * ABOUT_MINUTES, at};
        };
    }
}
