package dev.parallax.support.text;

import java.text.Normalizer;

import dev.parallax.support.problem.ProblemException;

/**
 * Text from a client, in one place so that the four services agree on what text is: no unpaired surrogate (not
 * text at all: rejected rather than stored as '?'), no control characters but tab and line breaks (PostgreSQL
 * rejects NUL; the others are invisible and break tokenisers), Unicode NFC.
 * <p>
 * Services that keep or transform text (the newsroom stores it, translate rewrites it) {@link #normalise} it:
 * controls removed, NFC. Services that answer with offsets into the client's text (langid's segments, align's
 * sentences and mentions) must not change it under the client, so they {@link #requireClean check} it instead and
 * reject controls; the newsroom sends them its normalised text.
 */
public final class UntrustedText {

    private UntrustedText() {
    }

    /**
     * The normalised text; null stays null.
     *
     * @throws ProblemException 400 when the text holds an unpaired UTF-16 surrogate
     */
    public static String normalise(String value, String field) {
        if (value == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(value.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                throw unpaired(field);
            }
            if (Character.isLowSurrogate(c)) {
                throw unpaired(field);
            }
            boolean drop = isControl(c);
            if (drop && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (!drop && out != null) {
                out.append(c);
            }
        }
        String cleaned = out == null ? value : out.toString();
        return Normalizer.isNormalized(cleaned, Normalizer.Form.NFC) ? cleaned
                : Normalizer.normalize(cleaned, Normalizer.Form.NFC);
    }

    /**
     * The text unchanged when it holds no unpaired surrogate and no control character but tab and line breaks;
     * null stays null.
     *
     * @throws ProblemException 400 otherwise
     */
    public static String requireClean(String value, String field) {
        String problem = firstProblem(value, true);
        if (problem != null) {
            throw ProblemException.badRequest("'" + field + "' " + problem + ".");
        }
        return value;
    }

    /**
     * What makes the value no clean text, as the end of a sentence naming the field ("holds an unpaired ..."), or
     * null when it is clean (or null).
     *
     * @param rejectControls whether control characters other than tab and line breaks count as a problem
     */
    public static String firstProblem(String value, boolean rejectControls) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return UNPAIRED;
            } else if (rejectControls && isControl(c)) {
                return "holds the control character U+" + String.format("%04X", (int) c) + " at " + i
                        + "; only tab and line breaks are accepted";
            }
        }
        return null;
    }

    /** Whether the text has something to read: not only white space, controls or invisible format characters. */
    public static boolean hasVisibleText(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int type = Character.getType(cp);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.FORMAT
                    && type != Character.CONTROL) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static final String UNPAIRED = "holds an unpaired UTF-16 surrogate, which is not text; send it encoded as UTF-8";

    /** C0 and C1 controls and DEL, except tab, line feed and carriage return. */
    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    private static ProblemException unpaired(String field) {
        return ProblemException.badRequest("'" + field + "' " + UNPAIRED + ".");
    }
}
