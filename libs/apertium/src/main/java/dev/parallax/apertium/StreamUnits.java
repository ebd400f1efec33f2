package dev.parallax.apertium;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Apertium's stream format as the analysers and dictionaries speak it: lexical units {@code ^surface/reading/reading$},
 * each reading a lemma and tags ({@code passasjer<n><m><pl><ind>}), reserved characters backslash-escaped.
 */
public final class StreamUnits {

    /** The slashes between readings; an escaped one belongs to the form. */
    private static final Pattern READING_SEPARATOR = Pattern.compile("(?<!\\\\)/");
    private static final String RESERVED = "\\^$/<>{}[]@*#~";

    private StreamUnits() {
    }

    /** The bodies of the {@code ^…$} units of an answer, in order. */
    public static List<String> units(String answer) {
        List<String> units = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '^') {
                start = i + 1;
            } else if (c == '$' && start >= 0) {
                units.add(answer.substring(start, i));
                start = -1;
            }
        }
        return units;
    }

    /** A unit's parts: the surface form first, then its readings ("*form" alone when unknown). */
    public static String[] parts(String unit) {
        return READING_SEPARATOR.split(unit);
    }

    /** A word or a lexical unit's content escaped for the stream. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (RESERVED.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\0' || c == '\n' ? ' ' : c);
        }
        return out.toString();
    }

    /** The lemma of a reading ({@code passasjer<n><m><pl><ind>} → passasjer), unescaped. */
    public static String lemma(String reading) {
        int tags = reading.indexOf('<');
        String lemma = tags < 0 ? reading : reading.substring(0, tags);
        return lemma.replace("\\", "");
    }

    /** The tags of a reading as one string ({@code <n><m><pl><ind>}), "" when none. */
    public static String tags(String reading) {
        int tags = reading.indexOf('<');
        return tags < 0 ? "" : reading.substring(tags);
    }
}
