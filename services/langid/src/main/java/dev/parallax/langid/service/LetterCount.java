package dev.parallax.langid.service;

import java.util.regex.Pattern;

/** Letters that say something about the language: those outside URLs and e-mail addresses. */
final class LetterCount {

    /** Compiled once: String.split compiles a regular expression on every call. */
    static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private LetterCount() {
    }

    /** "https://vg.no/2024", "www.dr.dk" and "navn@avis.no" say nothing about the language around them. */
    static boolean isAddress(String token) {
        return token.contains("://") || token.startsWith("www.") || token.contains("@");
    }

    static int count(String text) {
        int letters = 0;
        for (String token : WHITESPACE.split(text)) {
            if (isAddress(token)) {
                continue;
            }
            for (int i = 0; i < token.length(); ) {
                int codePoint = token.codePointAt(i);
                if (Character.isLetter(codePoint)) {
                    letters++;
                }
                i += Character.charCount(codePoint);
            }
        }
        return letters;
    }
}
