package dev.parallax.translate.service.apertium;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text to Apertium's stream format and back, in Java instead of forking apertium-destxt and
 * apertium-retxt per request (destxt has no null-flush mode, so it cannot sit in a warm pipeline).
 * <p>
 * Reserved stream characters are backslash-escaped. Characters the pipeline would otherwise misread are
 * wrapped as superblanks ({@code [#]}), which every stage passes through untouched:
 * {@code #}, {@code @} and {@code *} are Apertium's own marks (generation error, untranslated, unknown),
 * so keeping the source's ones out of the word stream means any bare one in the output is a mark;
 * {@code ~} is the post-generator's trigger and would be eaten; an escaped {@code @} comes back as a
 * {@code <guio>} tag from {@code lt-proc -n}.
 */
public final class StreamFormat {

    private static final String ESCAPED = "\\^$/<>{}[]";
    private static final String SUPERBLANKED = "#@*~";
    /**
     * A free-standing all-capital word (ISIS, AFP, TV2), not part of a compound (EU-landene) and without a
     * genitive (USA's), which Apertium inflects correctly.
     */
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}\\-'’])\\p{Lu}{2,}\\p{N}*(?![\\p{L}\\p{N}\\-'’])");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private StreamFormat() {
    }

    /** One line of plain text (no line breaks) as a stream chunk, ready to be followed by a NUL. */
    public static String deformat(String line) {
        return deformat(line, false);
    }

    /**
     * As {@link #deformat(String)}; with {@code protectAcronyms}, all-capital words travel as superblanks,
     * untouched by analysis and transfer (Apertium turns ISIS into "IS IS", IS into "I", AFP into "#AFP").
     * A line written mostly in capitals is a shouted headline, not a row of acronyms, and is left alone.
     */
    public static String deformat(String line, boolean protectAcronyms) {
        List<int[]> acronyms = protectAcronyms ? acronyms(line) : List.of();
        StringBuilder out = new StringBuilder(line.length() + 16);
        int next = 0;
        for (int i = 0; i < line.length(); i++) {
            if (next < acronyms.size() && acronyms.get(next)[0] == i) {
                int end = acronyms.get(next++)[1];
                out.append('[').append(line, i, end).append(']');
                i = end - 1;
                continue;
            }
            char c = line.charAt(i);
            if (ESCAPED.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (SUPERBLANKED.indexOf(c) >= 0) {
                out.append('[').append(c).append(']');
            } else if (c < 0x20 && c != '\t') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        // lt-proc drops a full stop that ends a flush; an empty superblank after it (as destxt writes) keeps it
        return out.append("[]").toString();
    }

    private static List<int[]> acronyms(String line) {
        List<int[]> found = new ArrayList<>();
        Matcher acronym = ACRONYM.matcher(line);
        while (acronym.find()) {
            found.add(new int[] {acronym.start(), acronym.end()});
        }
        if (found.size() >= 3 && found.size() * 2 > WORD.matcher(line).results().count()) {
            return List.of();
        }
        return found;
    }

    /** The result of turning a pipeline's output back into text. */
    public record Reformatted(String text, List<String> unknownWords) {
    }

    /**
     * Plain text from a pipeline's output for one chunk: escapes resolved, superblanks unwrapped, and
     * Apertium's marks removed ({@code *word} unknown, {@code #word} not generated, {@code @word} not in the
     * bilingual dictionary); unknown words are reported.
     */
    public static Reformatted reformat(String stream) {
        StringBuilder out = new StringBuilder(stream.length());
        List<String> unknown = new ArrayList<>();
        int i = 0;
        int n = stream.length();
        while (i < n) {
            char c = stream.charAt(i);
            if (c == '\\' && i + 1 < n) {
                out.append(stream.charAt(i + 1));
                i += 2;
            } else if (c == '[') {
                i = copySuperblank(stream, i + 1, out);
            } else if ((c == '*' || c == '#' || c == '@') && i + 1 < n && isWordChar(stream.charAt(i + 1))) {
                if (c == '*') {
                    int end = i + 1;
                    while (end < n && isWordChar(stream.charAt(end))) {
                        end++;
                    }
                    unknown.add(stream.substring(i + 1, end));
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return new Reformatted(out.toString(), unknown);
    }

    private static int copySuperblank(String stream, int i, StringBuilder out) {
        int n = stream.length();
        while (i < n) {
            char c = stream.charAt(i);
            if (c == '\\' && i + 1 < n) {
                out.append(stream.charAt(i + 1));
                i += 2;
            } else if (c == ']') {
                return i + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
